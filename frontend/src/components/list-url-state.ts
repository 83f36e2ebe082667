import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's whole state (filters, sort and position) lives in the URL, so that a reload, Back and Forward,
 * and a shared link all show the same page of the same rows.
 *
 * The API pages by keyset: it only hands out the cursor of the next page. The URL therefore carries the
 * current page's cursor and the cursors of the pages before it ("previous" walks back through them):
 *
 *   /accounts?tier=KEY&page=3&cursor=c3&prev=c2
 *
 * Several lists on one page each take a prefix (`?tab=opportunities&opps.status=all&opps.cursor=c2`);
 * a list without a prefix owns every parameter without a dot in its name.
 */

/** How one list's filters and sort are read from and written to its part of the URL. */
export interface ListUrlCodec<F> {
  /** Reads the filters from the list's own parameters; bad values fall back to the defaults. */
  parse: (params: URLSearchParams) => F;
  /** Writes them back, leaving defaults out so that links stay short. */
  serialize: (filters: F) => URLSearchParams;
}

/** For a list whose only state is its position. */
export const NO_FILTERS: ListUrlCodec<object> = { parse: () => ({}), serialize: () => new URLSearchParams() };

/** Where a list is: page 1 has no cursor. */
export interface ListPosition {
  cursor: string | undefined;
  /** Cursors of the pages before this one, oldest first, without page 1 (which needs none). */
  previous: readonly string[];
  pageNumber: number;
}

export const FIRST_PAGE: ListPosition = { cursor: undefined, previous: [], pageNumber: 1 };

export const POSITION_PARAMS = { page: 'page', cursor: 'cursor', previous: 'prev' } as const;

/**
 * How many earlier cursors the URL keeps (the server refuses URLs over 8 KB and parameters with over 100
 * values). Deeper than that, the oldest are dropped and Previous from the first remembered page goes to page 1.
 */
export const MAX_PREVIOUS_CURSORS = 20;
export const MAX_PREVIOUS_CURSOR_CHARS = 4000;

/** The position read from a list's own parameters; anything inconsistent counts as page 1. */
export function readPosition(own: URLSearchParams): ListPosition {
  const cursor = own.get(POSITION_PARAMS.cursor);
  if (!cursor) return FIRST_PAGE;
  const previous = own.getAll(POSITION_PARAMS.previous).filter(Boolean);
  const least = previous.length + 2;
  const page = Number(own.get(POSITION_PARAMS.page));
  return { cursor, previous, pageNumber: Number.isInteger(page) && page >= least ? page : least };
}

export function nextPosition(p: ListPosition, nextCursor: string): ListPosition {
  const previous = p.cursor ? [...p.previous, p.cursor] : [];
  let chars = previous.reduce((n, c) => n + c.length, 0);
  while (previous.length > MAX_PREVIOUS_CURSORS || (previous.length > 0 && chars > MAX_PREVIOUS_CURSOR_CHARS)) {
    chars -= previous.shift()?.length ?? 0;
  }
  return { cursor: nextCursor, previous, pageNumber: p.pageNumber + 1 };
}

export function previousPosition(p: ListPosition): ListPosition {
  if (!p.cursor || p.previous.length === 0) return FIRST_PAGE;
  return { cursor: p.previous[p.previous.length - 1], previous: p.previous.slice(0, -1), pageNumber: p.pageNumber - 1 };
}

function ownsKey(key: string, prefix: string | undefined): boolean {
  return prefix ? key.startsWith(`${prefix}.`) : !key.includes('.');
}

/** The list's own parameters, without their prefix. */
export function ownParams(all: URLSearchParams, prefix?: string): URLSearchParams {
  const own = new URLSearchParams();
  all.forEach((value, key) => {
    if (ownsKey(key, prefix)) own.append(prefix ? key.slice(prefix.length + 1) : key, value);
  });
  return own;
}

/** The whole URL's parameters with this list's part replaced by `filters` and `position`; other lists' parameters stay. */
export function withListParams(all: URLSearchParams, prefix: string | undefined, filters: URLSearchParams, position: ListPosition): URLSearchParams {
  const out = new URLSearchParams();
  all.forEach((value, key) => {
    if (!ownsKey(key, prefix)) out.append(key, value);
  });
  const name = (key: string) => (prefix ? `${prefix}.${key}` : key);
  filters.forEach((value, key) => {
    if (!(Object.values(POSITION_PARAMS) as string[]).includes(key)) out.append(name(key), value);
  });
  if (position.cursor) {
    out.set(name(POSITION_PARAMS.page), String(position.pageNumber));
    out.set(name(POSITION_PARAMS.cursor), position.cursor);
    position.previous.forEach((c) => out.append(name(POSITION_PARAMS.previous), c));
  }
  return out;
}

export interface ListPaging {
  cursor: string | undefined;
  pageNumber: number;
  hasPrevious: boolean;
  next: (cursor: string) => void;
  previous: () => void;
  /** Back to page 1 with the same filters. */
  first: () => void;
}

export interface ListUrlState<F> {
  filters: F;
  /** Changes filters or sort and goes back to page 1, so a cursor is never sent with another query. */
  setFilters: (patch: Partial<F>) => void;
  paging: ListPaging;
}

/**
 * The state of one list, kept in the URL. Changing filters replaces the history entry (typing in a search
 * box leaves no trail of entries); changing the page pushes one, so Back returns to the page before.
 * `codec` must be stable (defined at module level or memoised).
 */
export function useListUrlState<F>(codec: ListUrlCodec<F>, { prefix }: { prefix?: string } = {}): ListUrlState<F> {
  const [searchParams, setSearchParams] = useSearchParams();
  const own = useMemo(() => ownParams(searchParams, prefix), [searchParams, prefix]);
  const filters = useMemo(() => codec.parse(own), [codec, own]);
  const position = useMemo(() => readPosition(own), [own]);

  const setFilters = useCallback(
    (patch: Partial<F>) =>
      setSearchParams(
        (all) => {
          const current = codec.parse(ownParams(all, prefix));
          return withListParams(all, prefix, codec.serialize({ ...current, ...patch }), FIRST_PAGE);
        },
        { replace: true },
      ),
    [codec, prefix, setSearchParams],
  );

  const move = useCallback(
    (to: (p: ListPosition) => ListPosition) =>
      setSearchParams((all) => {
        const own = ownParams(all, prefix);
        return withListParams(all, prefix, codec.serialize(codec.parse(own)), to(readPosition(own)));
      }),
    [codec, prefix, setSearchParams],
  );
  const next = useCallback((cursor: string) => move((p) => nextPosition(p, cursor)), [move]);
  const previous = useCallback(() => move(previousPosition), [move]);
  const first = useCallback(() => move(() => FIRST_PAGE), [move]);

  const paging = useMemo(
    () => ({ cursor: position.cursor, pageNumber: position.pageNumber, hasPrevious: !!position.cursor, next, previous, first }),
    [position, next, previous, first],
  );
  return { filters, setFilters, paging };
}
