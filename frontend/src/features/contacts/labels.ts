import type { ComboboxItem } from '@mantine/core';
import { rules } from '../../api/rules';
import { buyingRoleValues, preferredChannelValues, relevanceValues, stanceValues } from '../../api/schema';
import { humanize } from '../../components/format';
import type { BusinessUnit, BuyingRole } from './api';

/** The roles that count toward the coverage rule, as the server defines them. */
export const DECISION_ROLES: readonly BuyingRole[] = rules.contacts.decisionBuyingRoles;

export const isDecisionRole = (role: string | null | undefined): boolean => !!role && (DECISION_ROLES as readonly string[]).includes(role);

export const buyingRoleOptions: ComboboxItem[] = buyingRoleValues.map((r) => ({ value: r, label: humanize(r) }));
export const stanceOptions: ComboboxItem[] = stanceValues.map((s) => ({ value: s, label: humanize(s) }));
export const channelOptions: ComboboxItem[] = preferredChannelValues.map((c) => ({ value: c, label: humanize(c) }));
export const relevanceOptions: ComboboxItem[] = relevanceValues.map((r) => ({ value: r, label: humanize(r) }));

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "German (de)"; the code alone when the browser does not know it. */
export function languageName(code: string | null | undefined): string {
  if (!code) return '';
  let name: string | undefined;
  try {
    name = languageNames.of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}

/** The languages the server takes (ISO 639-1), by name. */
export const languageOptions: ComboboxItem[] = [...rules.contacts.languages]
  .map((code) => ({ value: code, label: languageName(code) }))
  .sort((a, b) => a.label.localeCompare(b.label));

/** A unit with the unit it belongs to: "Logistics · Operations". */
export function unitLabel(u: Pick<BusinessUnit, 'name' | 'parentName'>): string {
  return u.parentName ? `${u.name} · ${u.parentName}` : u.name;
}

/** Options for a unit picker; a stored unit not among those loaded stays shown. */
export function unitOptions(units: readonly BusinessUnit[], current?: string | null): ComboboxItem[] {
  const options = units.map((u) => ({ value: u.id, label: unitLabel(u) }));
  if (current && !options.some((o) => o.value === current)) options.unshift({ value: current, label: 'Current unit' });
  return options;
}
