/**
 * How the stakeholder map shows a contact: colour by stance, card size by influence, and the sentence a screen
 * reader hears. Shared by the map (loaded with its library) and the list view and legend (loaded without it).
 */
import { formatDate, humanize } from '../../components/format';
import type { BuyingRole } from './api';
import type { OrgPerson } from './org-chart';

/** What the map needs of a contact. */
export interface MapContact extends OrgPerson {
  title?: string | null;
  stance?: 'ALLY' | 'NEUTRAL' | 'SKEPTIC' | null;
  influence?: number | null;
  buyingRole?: BuyingRole | null;
  leftCompanyOn?: string | null;
  businessUnitName?: string | null;
}

export const STANCE_STYLE = {
  ALLY: { label: 'Ally', color: 'green', background: 'var(--mantine-color-green-0)', border: 'var(--mantine-color-green-7)' },
  NEUTRAL: { label: 'Neutral', color: 'blue', background: 'var(--mantine-color-blue-0)', border: 'var(--mantine-color-blue-6)' },
  SKEPTIC: { label: 'Skeptic', color: 'red', background: 'var(--mantine-color-red-0)', border: 'var(--mantine-color-red-7)' },
  UNKNOWN: { label: 'Stance not known', color: 'gray', background: 'var(--mantine-color-white)', border: 'var(--mantine-color-gray-6)' },
} as const;

/** The card grows with influence (1–5); an unrated contact gets the smallest card. Fits the layout's 200 × 84 slot. */
export function cardSize(influence: number | null | undefined): { width: number; height: number } {
  const level = influence && influence >= 1 && influence <= 5 ? influence : 1;
  return { width: 136 + 16 * (level - 1), height: 64 + 5 * (level - 1) };
}

/** "Dana Lee, CFO. Decision maker, ally, influence 4 of 5. Reports to Sam Ortiz." */
export function personDescription(c: MapContact, boss?: OrgPerson): string {
  const facts = [
    c.buyingRole ? humanize(c.buyingRole) : null,
    c.stance ? STANCE_STYLE[c.stance].label.toLowerCase() : 'stance not known',
    c.influence ? `influence ${c.influence} of 5` : 'influence not rated',
  ].filter(Boolean);
  const first = facts.join(', ');
  const parts = [c.title ? `${c.name}, ${c.title}.` : `${c.name}.`, `${first.charAt(0).toUpperCase()}${first.slice(1)}.`];
  if (boss) parts.push(`Reports to ${boss.name}.`);
  if (c.leftCompanyOn) parts.push(`Left the company on ${formatDate(c.leftCompanyOn)}.`);
  return parts.join(' ');
}
