/** One sort key, written to the API's `sort` parameter as `field` or `-field` (descending). */
export interface SingleSort<F extends string> {
  field: F;
  desc: boolean;
}

export const singleSortParam = <F extends string>(s: SingleSort<F>): string => (s.desc ? `-${s.field}` : s.field);

/** `"-createdAt"` -> `{ field: 'createdAt', desc: true }`; a field the list does not offer gives the fallback. */
export function parseSingleSort<F extends string>(param: string | null, fields: readonly F[], fallback: SingleSort<F>): SingleSort<F> {
  if (!param) return fallback;
  const desc = param.startsWith('-');
  const field = (desc ? param.slice(1) : param) as F;
  return fields.includes(field) ? { field, desc } : fallback;
}

/** A click on a column header: the same column flips, another starts in its natural direction (dates newest first). */
export function toggleSingleSort<F extends string>(current: SingleSort<F>, field: F, descFirst: (field: F) => boolean): SingleSort<F> {
  return current.field === field ? { field, desc: !current.desc } : { field, desc: descFirst(field) };
}

/** The aria-sort direction of a column header. */
export function sortDirection<F extends string>(current: SingleSort<F>, field: F): 'asc' | 'desc' | null {
  return current.field === field ? (current.desc ? 'desc' : 'asc') : null;
}
