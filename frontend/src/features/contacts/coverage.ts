/**
 * Coverage per business unit, for the chips on the People tab: how many of the account's current contacts are
 * in each unit, and how many of those hold a decision role. The account-wide rule (single-threaded or not, and
 * why) is the server's: the account view carries it; this only breaks the contacts down by unit.
 */

export interface CoverageContact {
  businessUnitId?: string | null;
  buyingRole?: string | null;
  leftCompanyOn?: string | null;
}

export interface CoverageUnit {
  id: string;
}

export interface UnitCoverage {
  /** Current contacts (not left the company) in the unit. */
  contacts: number;
  /** Of those, the ones with a decision role. */
  decisionContacts: number;
  /** Contacts in the unit who have left the company (they no longer count). */
  left: number;
}

export const NO_COVERAGE: UnitCoverage = { contacts: 0, decisionContacts: 0, left: 0 };

/** Coverage of each unit by id (every unit listed, covered or not), and of the contacts in no unit. */
export function unitCoverage(
  units: readonly CoverageUnit[],
  contacts: readonly CoverageContact[],
  decisionRoles: readonly string[],
): { byUnit: Map<string, UnitCoverage>; withoutUnit: UnitCoverage } {
  const byUnit = new Map<string, UnitCoverage>(units.map((u) => [u.id, { ...NO_COVERAGE }]));
  const withoutUnit = { ...NO_COVERAGE };
  for (const c of contacts) {
    const bucket = (c.businessUnitId && byUnit.get(c.businessUnitId)) || (c.businessUnitId ? null : withoutUnit);
    if (!bucket) continue; // a unit not loaded: counted by the server, not shown here
    if (c.leftCompanyOn) {
      bucket.left += 1;
      continue;
    }
    bucket.contacts += 1;
    if (c.buyingRole && decisionRoles.includes(c.buyingRole)) bucket.decisionContacts += 1;
  }
  return { byUnit, withoutUnit };
}

/** The chip's words: "Never spoken to", "1 contact", "3 contacts · 1 decision role". */
export function coverageLabel(c: UnitCoverage): string {
  if (c.contacts === 0) return 'Never spoken to';
  const people = `${c.contacts} ${c.contacts === 1 ? 'contact' : 'contacts'}`;
  return c.decisionContacts > 0 ? `${people} · ${c.decisionContacts} ${c.decisionContacts === 1 ? 'decision role' : 'decision roles'}` : people;
}
