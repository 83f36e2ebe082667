import type { Schemas } from '../../api/client';
import { lifecycleValues, riskFlagValues, tierValues } from '../../api/schema';
import type { ListUrlCodec } from '../../components/list-url-state';

type Tier = Schemas['Tier'];
type Lifecycle = Schemas['Lifecycle'];
type RiskFlag = Schemas['RiskFlag'];

export const SORT_FIELDS = ['name', 'arr', 'renewalDate', 'createdAt', 'updatedAt', 'flagCount', 'arrAtRisk'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export interface SortKey {
  field: SortField;
  desc: boolean;
}

export interface AccountFilters {
  q: string;
  tier: Tier[];
  ownerId: string[];
  industry: string[];
  territory: string[];
  country: string[];
  lifecycle: Lifecycle[];
  /** Only accounts under their tier's coverage rule. */
  singleThreaded: boolean;
  /** Only accounts without a logged touch for longer than their tier's touch cadence. */
  touchOverdue: boolean;
  /** Only KEY and STRATEGIC accounts without an ACTIVE plan. */
  planMissing: boolean;
  /** Only KEY and STRATEGIC accounts whose plan was not reviewed within the QBR cadence. */
  planStale: boolean;
  /** Only accounts with any of these risk flags counting (not snoozed). */
  flag: RiskFlag[];
  archived: boolean;
  sort: SortKey[];
}

export const DEFAULT_SORT: SortKey[] = [{ field: 'name', desc: false }];

export const emptyFilters: AccountFilters = {
  q: '',
  tier: [],
  ownerId: [],
  industry: [],
  territory: [],
  country: [],
  lifecycle: [],
  singleThreaded: false,
  touchOverdue: false,
  planMissing: false,
  planStale: false,
  flag: [],
  archived: false,
  sort: DEFAULT_SORT,
};

/** `[{arr, desc}, {name, asc}]` -> `"-arr,name"`. */
export function buildSortParam(sort: readonly SortKey[]): string {
  return sort.map((s) => (s.desc ? `-${s.field}` : s.field)).join(',');
}

/** `"-arr,name"` -> keys; unknown or repeated fields are dropped. */
export function parseSortParam(param: string | null | undefined): SortKey[] {
  if (!param) return [];
  const out: SortKey[] = [];
  for (const raw of param.split(',')) {
    const token = raw.trim();
    const desc = token.startsWith('-');
    const field = (desc ? token.slice(1) : token) as SortField;
    if (SORT_FIELDS.includes(field) && !out.some((s) => s.field === field)) out.push({ field, desc });
  }
  return out;
}

/**
 * Clicking a column header: a new column becomes the primary key (ascending, money and dates
 * descending first, which is what people look for); clicking the primary column again flips it.
 * Name stays as the tie-breaker so equal values keep a stable, readable order.
 */
export function toggleSort(current: readonly SortKey[], field: SortField): SortKey[] {
  const primary = current[0];
  let first: SortKey;
  if (primary && primary.field === field) first = { field, desc: !primary.desc };
  else first = { field, desc: field !== 'name' };
  return field === 'name' ? [first] : [first, { field: 'name', desc: false }];
}

const isTier = (v: string): v is Tier => (tierValues as readonly string[]).includes(v);
const isRiskFlag = (v: string): v is RiskFlag => (riskFlagValues as readonly string[]).includes(v);
const isLifecycle = (v: string): v is Lifecycle => (lifecycleValues as readonly string[]).includes(v);

export function filtersFromSearchParams(sp: URLSearchParams): AccountFilters {
  const sort = parseSortParam(sp.get('sort'));
  return {
    q: sp.get('q') ?? '',
    tier: sp.getAll('tier').filter(isTier),
    ownerId: sp.getAll('ownerId').filter(Boolean),
    industry: sp.getAll('industry').filter(Boolean),
    territory: sp.getAll('territory').filter(Boolean),
    country: sp.getAll('country').filter(Boolean),
    lifecycle: sp.getAll('lifecycle').filter(isLifecycle),
    singleThreaded: sp.get('singleThreaded') === 'true',
    touchOverdue: sp.get('touchOverdue') === 'true',
    planMissing: sp.get('planMissing') === 'true',
    planStale: sp.get('planStale') === 'true',
    flag: sp.getAll('flag').filter(isRiskFlag),
    archived: sp.get('archived') === 'true',
    sort: sort.length ? sort : DEFAULT_SORT,
  };
}

/** The filters as URL search params, leaving out defaults so links stay short. */
export function filtersToSearchParams(f: AccountFilters): URLSearchParams {
  const sp = new URLSearchParams();
  if (f.q.trim()) sp.set('q', f.q.trim());
  f.tier.forEach((t) => sp.append('tier', t));
  f.ownerId.forEach((o) => sp.append('ownerId', o));
  f.industry.forEach((v) => sp.append('industry', v));
  f.territory.forEach((v) => sp.append('territory', v));
  f.country.forEach((v) => sp.append('country', v));
  f.lifecycle.forEach((l) => sp.append('lifecycle', l));
  if (f.singleThreaded) sp.set('singleThreaded', 'true');
  if (f.touchOverdue) sp.set('touchOverdue', 'true');
  if (f.planMissing) sp.set('planMissing', 'true');
  if (f.planStale) sp.set('planStale', 'true');
  f.flag.forEach((v) => sp.append('flag', v));
  if (f.archived) sp.set('archived', 'true');
  const sort = buildSortParam(f.sort);
  if (sort && sort !== buildSortParam(DEFAULT_SORT)) sp.set('sort', sort);
  return sp;
}

export function hasActiveFilters(f: AccountFilters): boolean {
  return !!(
    f.q.trim() ||
    f.tier.length ||
    f.ownerId.length ||
    f.industry.length ||
    f.territory.length ||
    f.country.length ||
    f.lifecycle.length ||
    f.singleThreaded ||
    f.touchOverdue ||
    f.planMissing ||
    f.planStale ||
    f.flag.length
  );
}

/** The account list's part of the URL (see useListUrlState). */
export const accountFiltersCodec: ListUrlCodec<AccountFilters> = { parse: filtersFromSearchParams, serialize: filtersToSearchParams };
