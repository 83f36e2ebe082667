import { rules } from '../../api/rules';
import type { BusinessUnit, BusinessUnitInput, BusinessUnitPatch, Relevance } from './api';

const LIMITS = rules.limits.BusinessUnitInput;

export interface UnitFormValues {
  [key: string]: unknown;
  name: string;
  parentId: string | null;
  relevance: Relevance;
}

export const UNIT_FIELDS = ['name', 'parentId', 'relevance'] as const;

export const emptyUnitValues: UnitFormValues = { name: '', parentId: null, relevance: 'MEDIUM' };

export function unitToValues(u: BusinessUnit): UnitFormValues {
  return { name: u.name, parentId: u.parentId ?? null, relevance: u.relevance };
}

export function toUnitInput(v: UnitFormValues): BusinessUnitInput {
  return { name: v.name.trim(), relevance: v.relevance, ...(v.parentId ? { parentId: v.parentId } : {}) };
}

/** Only what changed; a cleared parent is null. */
export function toUnitPatch(initial: UnitFormValues, current: UnitFormValues): BusinessUnitPatch {
  const patch: BusinessUnitPatch = {};
  if (initial.name.trim() !== current.name.trim()) patch.name = current.name.trim();
  if ((initial.parentId ?? null) !== (current.parentId ?? null)) patch.parentId = current.parentId ?? null;
  if (initial.relevance !== current.relevance) patch.relevance = current.relevance;
  return patch;
}

/**
 * The units a unit may belong to: the account's others, except itself and the units below it (that would be a
 * cycle; the server refuses it too).
 */
export function parentCandidates<U extends { id: string; parentId?: string | null }>(units: readonly U[], unitId?: string): U[] {
  if (!unitId) return [...units];
  const parentOf = new Map(units.map((u) => [u.id, u.parentId ?? null]));
  const isBelow = (id: string) => {
    const seen = new Set<string>();
    for (let p = parentOf.get(id) ?? null; p && !seen.has(p); p = parentOf.get(p) ?? null) {
      if (p === unitId) return true;
      seen.add(p);
    }
    return false;
  };
  return units.filter((u) => u.id !== unitId && !isBelow(u.id));
}

export function validateUnit(v: UnitFormValues): Partial<Record<keyof UnitFormValues, string>> {
  const e: Partial<Record<keyof UnitFormValues, string>> = {};
  const name = v.name.trim();
  if (!name) e.name = 'Enter the unit’s name, such as Logistics Operations.';
  else if (name.length > LIMITS.name.maxLength) e.name = `Use at most ${LIMITS.name.maxLength} characters (now ${name.length}).`;
  return e;
}
