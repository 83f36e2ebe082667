import type { ListUrlCodec } from '../../components/list-url-state';
import { parseSingleSort, singleSortParam, type SingleSort } from '../../components/sort-param';

export const TOKEN_SORT_FIELDS = ['createdAt', 'name'] as const;
export type TokenSortField = (typeof TOKEN_SORT_FIELDS)[number];
export const DEFAULT_TOKEN_SORT: SingleSort<TokenSortField> = { field: 'createdAt', desc: true };

/** The API tokens screen's filters: whose tokens (an admin's choice) and the order. */
export interface TokenListFilters {
  userId: string | null;
  sort: SingleSort<TokenSortField>;
}

export const tokenListCodec: ListUrlCodec<TokenListFilters> = {
  parse: (sp) => ({ userId: sp.get('userId') || null, sort: parseSingleSort(sp.get('sort'), TOKEN_SORT_FIELDS, DEFAULT_TOKEN_SORT) }),
  serialize: (f) => {
    const sp = new URLSearchParams();
    if (f.userId) sp.set('userId', f.userId);
    if (singleSortParam(f.sort) !== singleSortParam(DEFAULT_TOKEN_SORT)) sp.set('sort', singleSortParam(f.sort));
    return sp;
  },
};
