import { describe, expect, it } from 'vitest';
import { contactListQuery, emptyContactFilters, filtersFromSearchParams, filtersToSearchParams, hasActiveFilters } from './filters';

describe('contact filters in the URL', () => {
  it('round-trips and leaves the defaults out', () => {
    const f = {
      ...emptyContactFilters,
      q: 'lee',
      accountId: ['a1'],
      buyingRole: ['CHAMPION' as const],
      businessUnitId: ['u1'],
      status: 'left' as const,
      desc: true,
    };
    const sp = filtersToSearchParams(f);
    expect(sp.toString()).toBe('q=lee&accountId=a1&buyingRole=CHAMPION&businessUnitId=u1&status=left&sort=-name');
    expect(filtersFromSearchParams(sp)).toEqual(f);
    expect(filtersToSearchParams(emptyContactFilters).toString()).toBe('');
    expect(hasActiveFilters(emptyContactFilters)).toBe(false);
    expect(hasActiveFilters({ ...emptyContactFilters, desc: true })).toBe(false);
  });

  it('drops what is not a buying role or a status', () => {
    const f = filtersFromSearchParams(new URLSearchParams('buyingRole=BOSS&buyingRole=USER&status=gone&sort=title'));
    expect(f.buyingRole).toEqual(['USER']);
    expect(f.status).toBe('');
    expect(f.desc).toBe(false);
  });

  it('becomes the API query', () => {
    expect(contactListQuery({ ...emptyContactFilters, q: ' lee ', status: 'current' }, 'c2', 25)).toEqual({
      q: 'lee',
      leftCompany: false,
      sort: 'name',
      cursor: 'c2',
      limit: 25,
    });
    expect(contactListQuery({ ...emptyContactFilters, desc: true }, undefined, 25)).toEqual({ sort: '-name', limit: 25 });
  });
});
