import { useCallback, useState } from 'react';

/**
 * Keyset paging with Previous/Next: the API only gives a cursor to the next page, so we
 * remember the cursors of the pages we came through.
 */
export interface CursorStack {
  /** Cursors of the pages before the current one; the first page has cursor undefined. */
  readonly stack: readonly (string | undefined)[];
  readonly cursor: string | undefined;
}

export const firstPage: CursorStack = { stack: [], cursor: undefined };

export function nextPage(s: CursorStack, nextCursor: string): CursorStack {
  return { stack: [...s.stack, s.cursor], cursor: nextCursor };
}

export function previousPage(s: CursorStack): CursorStack {
  if (s.stack.length === 0) return s;
  return { stack: s.stack.slice(0, -1), cursor: s.stack[s.stack.length - 1] };
}

/**
 * Paging state that starts over at page 1 whenever `resetKey` changes (e.g. the serialised filters),
 * so a cursor from one query is never sent with another.
 */
export function useCursorStack(resetKey = '') {
  const [state, setState] = useState<CursorStack & { key: string }>({ ...firstPage, key: resetKey });
  const current = state.key === resetKey ? state : { ...firstPage, key: resetKey };
  if (current !== state) setState(current);
  const next = useCallback((c: string) => setState((s) => ({ ...nextPage(s, c), key: s.key })), []);
  const previous = useCallback(() => setState((s) => ({ ...previousPage(s), key: s.key })), []);
  const reset = useCallback(() => setState((s) => ({ ...firstPage, key: s.key })), []);
  return {
    cursor: current.cursor,
    pageNumber: current.stack.length + 1,
    hasPrevious: current.stack.length > 0,
    next,
    previous,
    reset,
  };
}
