import type { Schemas } from '../../api/client';
import type { Account, AccountPatch, NewAccount } from './api';
import { rules } from '../../api/rules';
import { checkNumber, readNumber, type NumberValue } from '../../components/number-check';
import { tooLong } from '../../components/text-check';

/** The server's limits on an account's fields. */
export const LIMITS = rules.limits.AccountInput;

type Lifecycle = Schemas['Lifecycle'];
type Tier = Schemas['Tier'];
type ArrSource = Schemas['ArrSource'];

/** What the inputs hold: strings for text, what the number field holds ('' when empty), null for an empty choice. */
export interface AccountFormValues {
  [key: string]: unknown;
  name: string;
  domain: string;
  externalId: string;
  industry: string;
  territory: string;
  /** The ISO 3166-1 alpha-2 code, or null. */
  country: string | null;
  employees: NumberValue;
  annualRevenue: NumberValue;
  arr: NumberValue;
  /** MANUAL: arr is typed; REVENUE: the server computes it from revenue lines, and the form sends none. */
  arrSource: ArrSource;
  lifecycle: Lifecycle;
  renewalDate: string | null;
  parentId: string | null;
  ownerId: string | null;
  tags: string[];
  /** Only used when creating: after that, the tier changes through its own dialog. */
  tier: Tier;
  /** Yearly growth target in percent; '' = the default (15). */
  growthTargetPct: NumberValue;
  /** The ARR the year started with; '' = the account's ARR. */
  growthBaselineArr: NumberValue;
}

/** Form field names; they are the API's JSON property names, so server errors map one to one. */
export const ACCOUNT_FIELDS = [
  'name',
  'domain',
  'externalId',
  'industry',
  'territory',
  'country',
  'employees',
  'annualRevenue',
  'arr',
  'arrSource',
  'lifecycle',
  'renewalDate',
  'parentId',
  'ownerId',
  'tags',
  'tier',
  'growthTargetPct',
  'growthBaselineArr',
] as const;

export const emptyAccountValues: AccountFormValues = {
  name: '',
  domain: '',
  externalId: '',
  industry: '',
  territory: '',
  country: null,
  employees: '',
  annualRevenue: '',
  arr: '',
  arrSource: 'MANUAL',
  lifecycle: 'PROSPECT',
  renewalDate: null,
  parentId: null,
  ownerId: null,
  tags: [],
  tier: 'STANDARD',
  growthTargetPct: '',
  growthBaselineArr: '',
};

export function accountToValues(a: Account): AccountFormValues {
  return {
    name: a.name,
    domain: a.domain ?? '',
    externalId: a.externalId ?? '',
    industry: a.industry ?? '',
    territory: a.territory ?? '',
    country: a.country ?? null,
    employees: a.employees ?? '',
    annualRevenue: a.annualRevenue ?? '',
    arr: a.arr ?? '',
    arrSource: a.arrSource,
    lifecycle: a.lifecycle,
    renewalDate: a.renewalDate ?? null,
    parentId: a.parentId ?? null,
    ownerId: a.ownerId ?? null,
    tags: [...(a.tags ?? [])],
    tier: a.tier,
    growthTargetPct: a.growthTargetPct ?? '',
    growthBaselineArr: a.growthBaselineArr ?? '',
  };
}

const text = (s: string): string | null => (s.trim() === '' ? null : s.trim());
const num = (n: NumberValue): number | null => readNumber(n);

/** The JSON value each form field stands for (null = no value). */
function wire(v: AccountFormValues) {
  return {
    name: v.name.trim(),
    domain: text(v.domain),
    externalId: text(v.externalId),
    industry: text(v.industry),
    territory: text(v.territory),
    country: v.country || null,
    employees: num(v.employees),
    annualRevenue: num(v.annualRevenue),
    arr: num(v.arr),
    arrSource: v.arrSource,
    lifecycle: v.lifecycle,
    renewalDate: v.renewalDate || null,
    parentId: v.parentId || null,
    ownerId: v.ownerId || null,
    tags: v.tags.map((t) => t.trim()).filter(Boolean),
    growthTargetPct: num(v.growthTargetPct),
    growthBaselineArr: num(v.growthBaselineArr),
  };
}

export function toNewAccount(v: AccountFormValues): NewAccount {
  const w = wire(v);
  const body: Record<string, unknown> = { tier: v.tier };
  for (const [k, value] of Object.entries(w)) {
    if (value === null) continue;
    if (k === 'arr' && v.arrSource === 'REVENUE') continue;
    if (k === 'arrSource' && value === 'MANUAL') continue; // the default
    if (Array.isArray(value) && value.length === 0) continue;
    body[k] = value;
  }
  return body as NewAccount;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/**
 * A JSON merge patch (RFC 7396) with only what changed: cleared fields become null,
 * untouched fields are left out so they cannot overwrite someone else's edit.
 */
export function toAccountPatch(initial: AccountFormValues, current: AccountFormValues): AccountPatch {
  const before = wire(initial);
  const after = wire(current);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (!same(before[key], after[key])) patch[key] = after[key];
  }
  // With REVENUE the server computes the ARR and refuses a typed one.
  if (after.arrSource === 'REVENUE') delete patch.arr;
  return patch as AccountPatch;
}

const DOMAIN = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/i;

/** The client-side checks; the server has the last word and its messages show the same way. */
export function validateAccount(v: AccountFormValues): Partial<Record<keyof AccountFormValues, string>> {
  const e: Partial<Record<keyof AccountFormValues, string>> = {};
  const name = v.name.trim();
  const nameTooLong = tooLong(name, LIMITS.name.maxLength);
  if (!name) e.name = 'Enter the account name.';
  else if (nameTooLong) e.name = nameTooLong;
  if (v.domain.trim() && !DOMAIN.test(v.domain.trim())) e.domain = 'Enter a domain like example.com, without http:// or a path.';
  for (const field of ['domain', 'externalId', 'industry', 'territory'] as const) {
    const problem = tooLong(v[field].trim(), LIMITS[field].maxLength);
    if (problem && !e[field]) e[field] = problem;
  }
  const longTag = v.tags.map((t) => t.trim()).find((t) => t.length > LIMITS.tags.itemMaxLength);
  if (longTag !== undefined) e.tags = `Use at most ${LIMITS.tags.itemMaxLength} characters per tag (“${longTag.slice(0, 20)}…” has ${longTag.length}).`;
  else if (v.tags.length > LIMITS.tags.maxItems) e.tags = `Use at most ${LIMITS.tags.maxItems} tags (now ${v.tags.length}).`;
  if (v.country && !(rules.accounts.countries as readonly string[]).includes(v.country)) e.country = 'Choose a country from the list.';
  for (const field of ['employees', 'annualRevenue', 'arr', 'growthTargetPct', 'growthBaselineArr'] as const) {
    if (field === 'arr' && v.arrSource === 'REVENUE') continue;
    const problem = checkNumber(v[field], LIMITS[field]);
    if (problem) e[field] = problem;
  }
  return e;
}
