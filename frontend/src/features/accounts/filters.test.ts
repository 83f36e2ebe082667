import { describe, expect, it } from 'vitest';
import { accountListQuery } from './api';
import { buildSortParam, emptyFilters, filtersFromSearchParams, filtersToSearchParams, parseSortParam, toggleSort } from './filters';

describe('sort parameter', () => {
  it('builds the comma list with - for descending', () => {
    expect(
      buildSortParam([
        { field: 'arr', desc: true },
        { field: 'name', desc: false },
      ]),
    ).toBe('-arr,name');
    expect(buildSortParam([])).toBe('');
  });

  it('parses it back, ignoring unknown and repeated fields', () => {
    expect(parseSortParam('-arr,name,bogus,-name')).toEqual([
      { field: 'arr', desc: true },
      { field: 'name', desc: false },
    ]);
    expect(parseSortParam(null)).toEqual([]);
  });

  it('toggles: a new column leads with name as tie-breaker, the same column flips', () => {
    let s = toggleSort([{ field: 'name', desc: false }], 'arr');
    expect(buildSortParam(s)).toBe('-arr,name');
    s = toggleSort(s, 'arr');
    expect(buildSortParam(s)).toBe('arr,name');
    s = toggleSort(s, 'renewalDate');
    expect(buildSortParam(s)).toBe('-renewalDate,name');
    expect(buildSortParam(toggleSort([{ field: 'name', desc: false }], 'name'))).toBe('-name');
  });
});

describe('filters in the URL', () => {
  it('round-trips through search params and leaves defaults out', () => {
    const f = {
      ...emptyFilters,
      q: 'acme',
      tier: ['KEY' as const, 'STRATEGIC' as const],
      territory: ['EMEA North'],
      lifecycle: ['AT_RISK' as const],
      archived: true,
      sort: [{ field: 'arr' as const, desc: true }],
    };
    const sp = filtersToSearchParams(f);
    expect(sp.toString()).toBe('q=acme&tier=KEY&tier=STRATEGIC&territory=EMEA+North&lifecycle=AT_RISK&archived=true&sort=-arr');
    expect(filtersFromSearchParams(sp)).toEqual(f);
    expect(filtersToSearchParams(emptyFilters).toString()).toBe('');
  });

  it('keeps the single-threaded filter and sends it only when set', () => {
    const sp = filtersToSearchParams({ ...emptyFilters, singleThreaded: true });
    expect(sp.toString()).toBe('singleThreaded=true');
    expect(filtersFromSearchParams(sp).singleThreaded).toBe(true);
    expect(filtersFromSearchParams(new URLSearchParams('singleThreaded=yes')).singleThreaded).toBe(false);
    expect(accountListQuery({ ...emptyFilters, singleThreaded: true }, undefined, 50)).toMatchObject({ singleThreaded: true });
    expect(accountListQuery(emptyFilters, undefined, 50)).not.toHaveProperty('singleThreaded');
  });

  it('drops values that are not valid enum members', () => {
    const f = filtersFromSearchParams(new URLSearchParams('tier=GOLD&tier=KEY&lifecycle=nope'));
    expect(f.tier).toEqual(['KEY']);
    expect(f.lifecycle).toEqual([]);
  });

  it('becomes the API query, with archived always explicit', () => {
    expect(accountListQuery({ ...emptyFilters, ownerId: ['u1'], industry: ['Retail', 'Logistics'] }, 'c1', 50)).toEqual({
      ownerId: ['u1'],
      industry: ['Retail', 'Logistics'],
      archived: false,
      sort: 'name',
      cursor: 'c1',
      limit: 50,
    });
  });
});
