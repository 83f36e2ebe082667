import { describe, expect, it } from 'vitest';
import { emptyQbrFilters, qbrFiltersFromSearchParams, qbrFiltersToSearchParams, qbrListQuery, qbrPageCodec } from './filters';

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

describe('QBRs page URL', () => {
  it('keeps the view next to the filters, so the overdue view survives a reload', () => {
    const state = qbrPageCodec.parse(new URLSearchParams('view=overdue&tier=KEY'));
    expect(state.view).toBe('overdue');
    expect(state.tier).toEqual(['KEY']);
    expect(qbrPageCodec.serialize(state).toString()).toBe('tier=KEY&view=overdue');
    expect(qbrPageCodec.parse(new URLSearchParams('view=bogus')).view).toBe('rounds');
    expect(qbrPageCodec.serialize({ ...state, view: 'rounds' }).toString()).toBe('tier=KEY');
  });
});
