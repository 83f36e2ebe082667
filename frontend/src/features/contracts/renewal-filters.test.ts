import { describe, expect, it } from 'vitest';
import { renewalFiltersCodec } from './renewal-filters';

describe('renewal filters in the URL', () => {
  it('reads the defaults from an empty URL and leaves them out when writing', () => {
    const f = renewalFiltersCodec.parse(new URLSearchParams());
    expect(f).toEqual({ within: 90, ownerId: [], tier: [] });
    expect(renewalFiltersCodec.serialize(f).toString()).toBe('');
  });

  it('round-trips a window, owners and tiers, and drops values the page does not offer', () => {
    const f = renewalFiltersCodec.parse(new URLSearchParams('within=180&ownerId=u1&ownerId=u2&tier=KEY&tier=GOLD'));
    expect(f).toEqual({ within: 180, ownerId: ['u1', 'u2'], tier: ['KEY'] });
    expect(renewalFiltersCodec.serialize(f).toString()).toBe('within=180&ownerId=u1&ownerId=u2&tier=KEY');
    expect(renewalFiltersCodec.parse(new URLSearchParams('within=7')).within).toBe(90);
  });
});
