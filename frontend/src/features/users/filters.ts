import { roleValues } from '../../api/schema';
import type { ListUrlCodec } from '../../components/list-url-state';
import { parseSingleSort, singleSortParam, type SingleSort } from '../../components/sort-param';
import type { Role, UserFilters } from './api';

export const USER_SORT_FIELDS = ['name', 'email', 'createdAt'] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];
export const DEFAULT_USER_SORT: SingleSort<UserSortField> = { field: 'name', desc: false };

export type ActiveFilter = 'all' | 'active' | 'inactive';

/** The users screen's filters, named in the URL like the API's query parameters. */
export interface UserListFilters {
  q: string;
  role: Role[];
  active: ActiveFilter;
  sort: SingleSort<UserSortField>;
}

export const emptyUserListFilters: UserListFilters = { q: '', role: [], active: 'all', sort: DEFAULT_USER_SORT };

const isRole = (v: string): v is Role => (roleValues as readonly string[]).includes(v);

export const userListCodec: ListUrlCodec<UserListFilters> = {
  parse: (sp) => {
    const active = sp.get('active');
    return {
      q: sp.get('q') ?? '',
      role: sp.getAll('role').filter(isRole),
      active: active === 'true' ? 'active' : active === 'false' ? 'inactive' : 'all',
      sort: parseSingleSort(sp.get('sort'), USER_SORT_FIELDS, DEFAULT_USER_SORT),
    };
  },
  serialize: (f) => {
    const sp = new URLSearchParams();
    if (f.q.trim()) sp.set('q', f.q.trim());
    f.role.forEach((r) => sp.append('role', r));
    if (f.active !== 'all') sp.set('active', String(f.active === 'active'));
    if (singleSortParam(f.sort) !== singleSortParam(DEFAULT_USER_SORT)) sp.set('sort', singleSortParam(f.sort));
    return sp;
  },
};

export function hasActiveUserFilters(f: UserListFilters): boolean {
  return !!(f.q.trim() || f.role.length || f.active !== 'all');
}

/** What GET /users is asked for. */
export function userQuery(f: UserListFilters): UserFilters {
  return {
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
    ...(f.role.length ? { role: f.role } : {}),
    ...(f.active !== 'all' ? { active: f.active === 'active' } : {}),
    sort: singleSortParam(f.sort),
  };
}
