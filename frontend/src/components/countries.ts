import type { ComboboxItem } from '@mantine/core';
import { rules } from '../api/rules';

/**
 * Countries as the API stores them (ISO 3166-1 alpha-2 codes, the list from the rules document) with their
 * names from the browser's own Intl data. The app speaks English, so the names are English.
 */
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** The country's name ("Germany" for DE); the code itself when the browser knows no name for it. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every country the API accepts, by name. */
export const COUNTRY_OPTIONS: readonly ComboboxItem[] = rules.accounts.countries
  .map((code) => ({ value: code, label: countryName(code) }))
  .sort((a, b) => a.label.localeCompare(b.label, 'en'));

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/** Whether a country matches what was typed: part of its name, or its code exactly. */
export function countryMatches(option: ComboboxItem, search: string): boolean {
  const q = fold(search);
  return !q || fold(option.label).includes(q) || option.value.toLowerCase() === q;
}

/** How well a matching country fits what was typed: its code or whole name first, then names that start with it. */
export function countryRank(option: ComboboxItem, search: string): number {
  const q = fold(search);
  const name = fold(option.label);
  if (!q) return 0;
  if (option.value.toLowerCase() === q || name === q) return 0;
  return name.startsWith(q) ? 1 : 2;
}

/** The code of the country whose whole name (or code) was typed, in any case; null when it names none. */
export function countryByName(search: string): string | null {
  const q = fold(search);
  if (!q) return null;
  return COUNTRY_OPTIONS.find((o) => countryRank(o, search) === 0)?.value ?? null;
}
