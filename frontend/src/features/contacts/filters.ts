import { buyingRoleValues } from '../../api/schema';
import type { ListUrlCodec } from '../../components/list-url-state';
import type { BuyingRole } from './api';

/** The contact lists' filters (the global search and an account's People table); they live in the URL. */
export interface ContactFilters {
  q: string;
  accountId: string[];
  buyingRole: BuyingRole[];
  businessUnitId: string[];
  /** 'current': still at the company; 'left': left it; '': both. */
  status: '' | 'current' | 'left';
  /** By name, A–Z or Z–A. */
  desc: boolean;
}

export const emptyContactFilters: ContactFilters = { q: '', accountId: [], buyingRole: [], businessUnitId: [], status: '', desc: false };

const isRole = (v: string): v is BuyingRole => (buyingRoleValues as readonly string[]).includes(v);

export function filtersFromSearchParams(sp: URLSearchParams): ContactFilters {
  const status = sp.get('status');
  return {
    q: sp.get('q') ?? '',
    accountId: sp.getAll('accountId').filter(Boolean),
    buyingRole: sp.getAll('buyingRole').filter(isRole),
    businessUnitId: sp.getAll('businessUnitId').filter(Boolean),
    status: status === 'current' || status === 'left' ? status : '',
    desc: sp.get('sort') === '-name',
  };
}

/** The filters as URL search params, leaving out defaults so links stay short. */
export function filtersToSearchParams(f: ContactFilters): URLSearchParams {
  const sp = new URLSearchParams();
  if (f.q.trim()) sp.set('q', f.q.trim());
  f.accountId.forEach((v) => sp.append('accountId', v));
  f.buyingRole.forEach((v) => sp.append('buyingRole', v));
  f.businessUnitId.forEach((v) => sp.append('businessUnitId', v));
  if (f.status) sp.set('status', f.status);
  if (f.desc) sp.set('sort', '-name');
  return sp;
}

export const contactFiltersCodec: ListUrlCodec<ContactFilters> = { parse: filtersFromSearchParams, serialize: filtersToSearchParams };

export function hasActiveFilters(f: ContactFilters): boolean {
  return !!(f.q.trim() || f.accountId.length || f.buyingRole.length || f.businessUnitId.length || f.status);
}

/** Query parameters for GET /contacts (or an account's contacts, where accountId is the path's). */
export function contactListQuery(f: ContactFilters, cursor: string | undefined, limit: number) {
  return {
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
    ...(f.accountId.length ? { accountId: f.accountId } : {}),
    ...(f.buyingRole.length ? { buyingRole: f.buyingRole } : {}),
    ...(f.businessUnitId.length ? { businessUnitId: f.businessUnitId } : {}),
    ...(f.status ? { leftCompany: f.status === 'left' } : {}),
    sort: f.desc ? '-name' : 'name',
    ...(cursor ? { cursor } : {}),
    limit,
  };
}
