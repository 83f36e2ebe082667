import { describe, expect, it } from 'vitest';
import { emptyQbrFilters, qbrFiltersFromSearchParams, qbrFiltersToSearchParams, qbrListQuery } from './filters';

describe('QBR list filters', () => {
  it('round-trips through the URL with the API parameter names and drops junk', () => {
    const sp = new URLSearchParams('status=ANSWERED&status=NOPE&failing=true&tier=KEY&ownerId=u1&answeredFrom=2026-01-01&answeredTo=bad&sort=-answeredAt');
    const f = qbrFiltersFromSearchParams(sp);
    expect(f).toEqual({
      status: ['ANSWERED'],
      failing: 'failing',
      ownerId: ['u1'],
      tier: ['KEY'],
      answeredFrom: '2026-01-01',
      answeredTo: '',
      sort: { field: 'answeredAt', desc: true },
    });
    expect(qbrFiltersToSearchParams(f).toString()).toBe('status=ANSWERED&failing=true&ownerId=u1&tier=KEY&answeredFrom=2026-01-01&sort=-answeredAt');
    expect(qbrFiltersToSearchParams(emptyQbrFilters).toString()).toBe('');
  });

  it('builds the list query', () => {
    expect(qbrListQuery({ ...emptyQbrFilters, failing: 'passing' }, 'c2', 50)).toEqual({ failing: false, sort: '-createdAt', cursor: 'c2', limit: 50 });
  });
});
