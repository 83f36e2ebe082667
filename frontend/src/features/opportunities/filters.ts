import type { Schemas } from '../../api/client';
import { CLOSED_STAGES, type CompellingEventType, type OpportunityType, type Stage } from './model';
import { compellingEventTypeValues, opportunityTypeValues, stageValues, tierValues } from '../../api/schema';
import type { ListUrlCodec } from '../../components/list-url-state';

type Tier = Schemas['Tier'];

export const SORT_FIELDS = ['expectedCloseDate', 'amount', 'updatedAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export interface SortKey {
  field: SortField;
  desc: boolean;
}

/** The opportunity table's filters; they live in the URL so a filtered list can be shared. */
export interface OpportunityFilters {
  accountId: string[];
  type: OpportunityType[];
  stage: Stage[];
  ownerId: string[];
  /** 'open' | 'closed' | '' (both) */
  status: '' | 'open' | 'closed';
  closeAfter: string;
  closeBefore: string;
  minAmount: number | '';
  compellingEventType: CompellingEventType[];
  sort: SortKey;
}

export const DEFAULT_SORT: SortKey = { field: 'expectedCloseDate', desc: false };

export const emptyOpportunityFilters: OpportunityFilters = {
  accountId: [],
  type: [],
  stage: [],
  ownerId: [],
  status: 'open',
  closeAfter: '',
  closeBefore: '',
  minAmount: '',
  compellingEventType: [],
  sort: DEFAULT_SORT,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const oneOf =
  <T extends string>(all: readonly T[]) =>
  (v: string): v is T =>
    (all as readonly string[]).includes(v);

export function parseSort(param: string | null): SortKey {
  if (!param) return DEFAULT_SORT;
  const desc = param.startsWith('-');
  const field = (desc ? param.slice(1) : param) as SortField;
  return SORT_FIELDS.includes(field) ? { field, desc } : DEFAULT_SORT;
}

export const sortParam = (s: SortKey): string => (s.desc ? `-${s.field}` : s.field);

export function filtersFromSearchParams(sp: URLSearchParams): OpportunityFilters {
  const status = sp.get('status');
  const min = Number(sp.get('minAmount'));
  const after = sp.get('closeAfter') ?? '';
  const before = sp.get('closeBefore') ?? '';
  return {
    accountId: sp.getAll('accountId').filter(Boolean),
    type: sp.getAll('type').filter(oneOf(opportunityTypeValues)),
    stage: sp.getAll('stage').filter(oneOf(stageValues)),
    ownerId: sp.getAll('ownerId').filter(Boolean),
    status: status === 'all' ? '' : status === 'closed' ? 'closed' : 'open',
    closeAfter: DATE.test(after) ? after : '',
    closeBefore: DATE.test(before) ? before : '',
    minAmount: sp.get('minAmount') && Number.isFinite(min) && min >= 0 ? min : '',
    compellingEventType: sp.getAll('compellingEventType').filter(oneOf(compellingEventTypeValues)),
    sort: parseSort(sp.get('sort')),
  };
}

/** The filters as URL search params, leaving out defaults so links stay short. */
export function filtersToSearchParams(f: OpportunityFilters): URLSearchParams {
  const sp = new URLSearchParams();
  f.accountId.forEach((v) => sp.append('accountId', v));
  f.type.forEach((v) => sp.append('type', v));
  f.stage.forEach((v) => sp.append('stage', v));
  f.ownerId.forEach((v) => sp.append('ownerId', v));
  if (f.status !== 'open') sp.set('status', f.status === '' ? 'all' : 'closed');
  if (f.closeAfter) sp.set('closeAfter', f.closeAfter);
  if (f.closeBefore) sp.set('closeBefore', f.closeBefore);
  if (f.minAmount !== '') sp.set('minAmount', String(f.minAmount));
  f.compellingEventType.forEach((v) => sp.append('compellingEventType', v));
  if (sortParam(f.sort) !== sortParam(DEFAULT_SORT)) sp.set('sort', sortParam(f.sort));
  return sp;
}

/** The opportunity table's part of the URL (see useListUrlState). */
export const opportunityFiltersCodec: ListUrlCodec<OpportunityFilters> = { parse: filtersFromSearchParams, serialize: filtersToSearchParams };

export function hasActiveFilters(f: OpportunityFilters): boolean {
  return !!(
    f.accountId.length ||
    f.type.length ||
    f.stage.length ||
    f.ownerId.length ||
    f.status !== 'open' ||
    f.closeAfter ||
    f.closeBefore ||
    f.minAmount !== '' ||
    f.compellingEventType.length
  );
}

/** Query parameters for GET /opportunities. */
export function listQuery(f: OpportunityFilters, cursor: string | undefined, limit: number) {
  return {
    ...(f.accountId.length ? { accountId: f.accountId } : {}),
    ...(f.type.length ? { type: f.type } : {}),
    ...(f.stage.length ? { stage: f.stage } : {}),
    ...(f.ownerId.length ? { ownerId: f.ownerId } : {}),
    ...(f.status ? { open: f.status === 'open' } : {}),
    ...(f.closeAfter ? { closeAfter: f.closeAfter } : {}),
    ...(f.closeBefore ? { closeBefore: f.closeBefore } : {}),
    ...(f.minAmount !== '' ? { minAmount: f.minAmount } : {}),
    ...(f.compellingEventType.length ? { compellingEventType: f.compellingEventType } : {}),
    sort: sortParam(f.sort),
    ...(cursor ? { cursor } : {}),
    limit,
  };
}

/** The pipeline board's filters, also kept in the URL. */
export interface BoardFilters {
  ownerId: string[];
  type: OpportunityType[];
  tier: Tier[];
}

export function boardFiltersFromSearchParams(sp: URLSearchParams): BoardFilters {
  return {
    ownerId: sp.getAll('ownerId').filter(Boolean),
    type: sp.getAll('type').filter(oneOf(opportunityTypeValues)),
    tier: sp.getAll('tier').filter(oneOf(tierValues)),
  };
}

export function boardFiltersToSearchParams(f: BoardFilters): URLSearchParams {
  const sp = new URLSearchParams();
  f.ownerId.forEach((v) => sp.append('ownerId', v));
  f.type.forEach((v) => sp.append('type', v));
  f.tier.forEach((v) => sp.append('tier', v));
  return sp;
}

/**
 * What one board column asks GET /opportunities for; also its query key. WON and LOST carry the
 * pipeline summary's window as closedAfter/closedBefore, so they show exactly what their totals count.
 */
export interface BoardColumnQuery extends BoardFilters {
  closedAfter?: string;
  closedBefore?: string;
}

export const isClosedStage = (stage: Stage): boolean => CLOSED_STAGES.includes(stage);

/** A column's query; a closed column gets the window only once the summary has told it (`window` undefined before). */
export function boardColumnQuery(stage: Stage, f: BoardFilters, window: { from: string; to: string } | undefined): BoardColumnQuery {
  const base: BoardColumnQuery = { ownerId: f.ownerId, type: f.type, tier: f.tier };
  return isClosedStage(stage) && window ? { ...base, closedAfter: window.from, closedBefore: window.to } : base;
}

/** Query parameters for one page of a board column. */
export function boardListQuery(stage: Stage, q: BoardColumnQuery, cursor: string | undefined, limit: number) {
  return {
    stage: [stage],
    ...(q.ownerId.length ? { ownerId: q.ownerId } : {}),
    ...(q.type.length ? { type: q.type } : {}),
    ...(q.tier.length ? { tier: q.tier } : {}),
    ...(q.closedAfter ? { closedAfter: q.closedAfter } : {}),
    ...(q.closedBefore ? { closedBefore: q.closedBefore } : {}),
    // Closed columns show the latest decisions first; open ones what closes soonest.
    sort: isClosedStage(stage) ? '-updatedAt' : 'expectedCloseDate',
    limit,
    ...(cursor ? { cursor } : {}),
  };
}
