import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  FIRST_PAGE,
  MAX_PREVIOUS_CURSORS,
  nextPosition,
  ownParams,
  previousPosition,
  readPosition,
  useListUrlState,
  withListParams,
  type ListUrlCodec,
} from './list-url-state';

interface Filters {
  q: string;
  tier: string[];
  sort: string;
}

const codec: ListUrlCodec<Filters> = {
  parse: (sp) => ({ q: sp.get('q') ?? '', tier: sp.getAll('tier'), sort: sp.get('sort') ?? 'name' }),
  serialize: (f) => {
    const sp = new URLSearchParams();
    if (f.q) sp.set('q', f.q);
    f.tier.forEach((t) => sp.append('tier', t));
    if (f.sort !== 'name') sp.set('sort', f.sort);
    return sp;
  },
};

function renderList(url: string, prefix?: string) {
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
  return renderHook(
    () => {
      const state = useListUrlState(codec, { prefix });
      const location = useLocation();
      const navigate = useNavigate();
      return { ...state, search: decodeURIComponent(location.search), navigate };
    },
    { wrapper },
  );
}

describe('list position in the URL', () => {
  it('reads page 1 when there is no cursor, whatever else the URL says', () => {
    expect(readPosition(new URLSearchParams(''))).toEqual(FIRST_PAGE);
    expect(readPosition(new URLSearchParams('page=4&prev=c2'))).toEqual(FIRST_PAGE);
  });

  it('reads the cursor, the earlier cursors and the page number', () => {
    expect(readPosition(new URLSearchParams('page=3&cursor=c3&prev=c2'))).toEqual({ cursor: 'c3', previous: ['c2'], pageNumber: 3 });
    // A page number that cannot be right (fewer pages than remembered cursors) is worked out from the cursors.
    expect(readPosition(new URLSearchParams('page=1&cursor=c3&prev=c2'))).toEqual({ cursor: 'c3', previous: ['c2'], pageNumber: 3 });
    expect(readPosition(new URLSearchParams('page=x&cursor=c2'))).toEqual({ cursor: 'c2', previous: [], pageNumber: 2 });
  });

  it('goes forward and back through the cursors it was given', () => {
    let p = nextPosition(FIRST_PAGE, 'c2');
    expect(p).toEqual({ cursor: 'c2', previous: [], pageNumber: 2 });
    p = nextPosition(p, 'c3');
    expect(p).toEqual({ cursor: 'c3', previous: ['c2'], pageNumber: 3 });
    p = previousPosition(p);
    expect(p).toEqual({ cursor: 'c2', previous: [], pageNumber: 2 });
    expect(previousPosition(p)).toEqual(FIRST_PAGE);
    expect(previousPosition(FIRST_PAGE)).toEqual(FIRST_PAGE);
  });

  it('keeps the URL bounded on deep pages: the oldest cursors go, and Previous from there reaches page 1', () => {
    let p = FIRST_PAGE;
    for (let i = 2; i <= MAX_PREVIOUS_CURSORS + 5; i++) p = nextPosition(p, `c${i}`);
    expect(p.pageNumber).toBe(MAX_PREVIOUS_CURSORS + 5);
    expect(p.previous).toHaveLength(MAX_PREVIOUS_CURSORS);
    expect(p.previous.at(-1)).toBe(`c${MAX_PREVIOUS_CURSORS + 4}`);
    for (let i = 0; i < MAX_PREVIOUS_CURSORS; i++) p = previousPosition(p);
    expect(p.pageNumber).toBe(5);
    expect(previousPosition(p)).toEqual(FIRST_PAGE);

    const long = 'x'.repeat(1500);
    let q = nextPosition(nextPosition(nextPosition(nextPosition(FIRST_PAGE, `a${long}`), `b${long}`), `c${long}`), 'd');
    q = nextPosition(q, 'e');
    expect(q.previous.map((c) => c[0])).toEqual(['b', 'c', 'd']);
  });

  it('replaces only its own part of the URL, leaving other lists and the page’s own parameters', () => {
    const all = new URLSearchParams('tab=qbrs&opps.status=all&opps.cursor=o2&tiers.cursor=t2&tiers.page=2');
    expect(ownParams(all, 'opps').toString()).toBe('status=all&cursor=o2');
    const next = withListParams(all, 'opps', new URLSearchParams('status=closed'), FIRST_PAGE);
    expect(next.toString()).toBe('tab=qbrs&tiers.cursor=t2&tiers.page=2&opps.status=closed');
    // Without a prefix a list owns every parameter without a dot.
    expect(ownParams(all).toString()).toBe('tab=qbrs');
  });
});

describe('useListUrlState', () => {
  it('reads filters and position from the URL, as after a reload or from a shared link', () => {
    const { result } = renderList('/accounts?tier=KEY&tier=STRATEGIC&sort=-arr&page=3&cursor=c3&prev=c2');
    expect(result.current.filters).toEqual({ q: '', tier: ['KEY', 'STRATEGIC'], sort: '-arr' });
    expect(result.current.paging).toMatchObject({ cursor: 'c3', pageNumber: 3, hasPrevious: true });
  });

  it('writes Next and Previous into the URL, and Back returns to the page before', () => {
    const { result } = renderList('/accounts?q=acme');
    expect(result.current.paging).toMatchObject({ cursor: undefined, pageNumber: 1, hasPrevious: false });

    act(() => result.current.paging.next('c2'));
    expect(result.current.search).toBe('?q=acme&page=2&cursor=c2');
    act(() => result.current.paging.next('c3'));
    expect(result.current.search).toBe('?q=acme&page=3&cursor=c3&prev=c2');
    expect(result.current.paging).toMatchObject({ cursor: 'c3', pageNumber: 3 });

    act(() => result.current.paging.previous());
    expect(result.current.paging).toMatchObject({ cursor: 'c2', pageNumber: 2 });
    act(() => result.current.paging.first());
    expect(result.current.search).toBe('?q=acme');

    // Each page change is a history entry of its own.
    act(() => void result.current.navigate(-1));
    expect(result.current.paging).toMatchObject({ cursor: 'c2', pageNumber: 2 });
    act(() => void result.current.navigate(-1));
    expect(result.current.paging).toMatchObject({ cursor: 'c3', pageNumber: 3 });
  });

  it('goes back to page 1 when the filters or the sort change, so a cursor never meets another query', () => {
    const { result } = renderList('/accounts?q=acme&page=3&cursor=c3&prev=c2');
    act(() => result.current.setFilters({ tier: ['KEY'] }));
    expect(result.current.search).toBe('?q=acme&tier=KEY');
    expect(result.current.paging).toMatchObject({ cursor: undefined, pageNumber: 1 });
    act(() => result.current.setFilters({ sort: '-arr' }));
    expect(result.current.filters).toEqual({ q: 'acme', tier: ['KEY'], sort: '-arr' });

    // Filter changes replace the history entry instead of adding one per keystroke.
    act(() => result.current.paging.next('k2'));
    act(() => void result.current.navigate(-1));
    expect(result.current.search).toBe('?q=acme&tier=KEY&sort=-arr');
  });

  it('keeps a prefixed list to its own parameters', () => {
    const { result } = renderList('/accounts/1?tab=opportunities&tiers.cursor=t2', 'opps');
    act(() => result.current.paging.next('o2'));
    expect(result.current.search).toBe('?tab=opportunities&tiers.cursor=t2&opps.page=2&opps.cursor=o2');
    act(() => result.current.setFilters({ q: 'renewal' }));
    expect(result.current.search).toBe('?tab=opportunities&tiers.cursor=t2&opps.q=renewal');
  });
});
