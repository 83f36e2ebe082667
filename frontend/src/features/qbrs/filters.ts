import type { Schemas } from '../../api/client';
import { qbrStatusValues, tierValues } from '../../api/schema';
import type { ListUrlCodec } from '../../components/list-url-state';

type Tier = Schemas['Tier'];
type QbrStatus = Schemas['QbrStatus'];

export const QBR_SORT_FIELDS = ['createdAt', 'scheduledFor', 'answeredAt'] as const;
export type QbrSortField = (typeof QBR_SORT_FIELDS)[number];

export interface QbrSort {
  field: QbrSortField;
  desc: boolean;
}

export type FailingFilter = 'any' | 'failing' | 'passing';

export interface QbrFilters {
  status: QbrStatus[];
  failing: FailingFilter;
  ownerId: string[];
  tier: Tier[];
  /** YYYY-MM-DD or '' */
  answeredFrom: string;
  answeredTo: string;
  sort: QbrSort;
}

export const DEFAULT_QBR_SORT: QbrSort = { field: 'createdAt', desc: true };

export const emptyQbrFilters: QbrFilters = {
  status: [],
  failing: 'any',
  ownerId: [],
  tier: [],
  answeredFrom: '',
  answeredTo: '',
  sort: DEFAULT_QBR_SORT,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isTier = (v: string): v is Tier => (tierValues as readonly string[]).includes(v);
const isStatus = (v: string): v is QbrStatus => (qbrStatusValues as readonly string[]).includes(v);

export function sortToParam(s: QbrSort): string {
  return s.desc ? `-${s.field}` : s.field;
}

export function parseQbrSort(param: string | null): QbrSort {
  if (!param) return DEFAULT_QBR_SORT;
  const desc = param.startsWith('-');
  const field = (desc ? param.slice(1) : param) as QbrSortField;
  return QBR_SORT_FIELDS.includes(field) ? { field, desc } : DEFAULT_QBR_SORT;
}

/** Clicking a date column: newest first, then flip. */
export function toggleQbrSort(current: QbrSort, field: QbrSortField): QbrSort {
  return current.field === field ? { field, desc: !current.desc } : { field, desc: true };
}

export function qbrFiltersFromSearchParams(sp: URLSearchParams): QbrFilters {
  const failing = sp.get('failing');
  const from = sp.get('answeredFrom') ?? '';
  const to = sp.get('answeredTo') ?? '';
  return {
    status: sp.getAll('status').filter(isStatus),
    failing: failing === 'true' ? 'failing' : failing === 'false' ? 'passing' : 'any',
    ownerId: sp.getAll('ownerId').filter(Boolean),
    tier: sp.getAll('tier').filter(isTier),
    answeredFrom: DATE.test(from) ? from : '',
    answeredTo: DATE.test(to) ? to : '',
    sort: parseQbrSort(sp.get('sort')),
  };
}

/** The filters as URL search params, named like the API's query parameters; defaults left out. */
export function qbrFiltersToSearchParams(f: QbrFilters): URLSearchParams {
  const sp = new URLSearchParams();
  f.status.forEach((s) => sp.append('status', s));
  if (f.failing !== 'any') sp.set('failing', String(f.failing === 'failing'));
  f.ownerId.forEach((o) => sp.append('ownerId', o));
  f.tier.forEach((t) => sp.append('tier', t));
  if (f.answeredFrom) sp.set('answeredFrom', f.answeredFrom);
  if (f.answeredTo) sp.set('answeredTo', f.answeredTo);
  const sort = sortToParam(f.sort);
  if (sort !== sortToParam(DEFAULT_QBR_SORT)) sp.set('sort', sort);
  return sp;
}

/** The QBRs page shows all rounds or the accounts whose QBR is overdue; the view is part of its URL. */
export type QbrView = 'rounds' | 'overdue';
export interface QbrPageState extends QbrFilters {
  view: QbrView;
}

export const qbrPageCodec: ListUrlCodec<QbrPageState> = {
  parse: (sp) => ({ ...qbrFiltersFromSearchParams(sp), view: sp.get('view') === 'overdue' ? 'overdue' : 'rounds' }),
  serialize: ({ view, ...filters }) => {
    const sp = qbrFiltersToSearchParams(filters);
    if (view === 'overdue') sp.set('view', 'overdue');
    return sp;
  },
};

export function hasActiveQbrFilters(f: QbrFilters): boolean {
  return !!(f.status.length || f.failing !== 'any' || f.ownerId.length || f.tier.length || f.answeredFrom || f.answeredTo);
}

/** Query parameters for GET /qbrs. */
export function qbrListQuery(f: QbrFilters, cursor: string | undefined, limit: number) {
  return {
    ...(f.status.length ? { status: f.status } : {}),
    ...(f.failing !== 'any' ? { failing: f.failing === 'failing' } : {}),
    ...(f.ownerId.length ? { ownerId: f.ownerId } : {}),
    ...(f.tier.length ? { tier: f.tier } : {}),
    ...(f.answeredFrom ? { answeredFrom: f.answeredFrom } : {}),
    ...(f.answeredTo ? { answeredTo: f.answeredTo } : {}),
    sort: sortToParam(f.sort),
    ...(cursor ? { cursor } : {}),
    limit,
  };
}
