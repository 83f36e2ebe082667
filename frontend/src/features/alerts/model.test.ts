import { describe, expect, it } from 'vitest';
import {
  CAUSE_NAMING_COMPETITOR,
  COMPETITOR_MAX,
  NOTE_MAX,
  alertFiltersCodec,
  nextStatuses,
  toAlertQuery,
  toResolvePatch,
  validatePolicy,
  validateResolve,
  type PolicyValues,
} from './model';

const SENTENCE = /^[A-Z].*\.$/;

describe('resolving an alert', () => {
  it('needs a cause and a note, each refusal a whole sentence', () => {
    const errors = validateResolve({ cause: null, competitor: '', resolutionNote: '   ' });
    expect(Object.keys(errors).sort()).toEqual(['cause', 'resolutionNote']);
    Object.values(errors).forEach((m) => expect(m).toMatch(SENTENCE));
  });

  it('needs the competitor when the customer went to one, and only then', () => {
    expect(CAUSE_NAMING_COMPETITOR).toBe('COMPETITOR');
    expect(validateResolve({ cause: 'COMPETITOR', competitor: ' ', resolutionNote: 'Lost on price.' })).toEqual({
      competitor: 'Name the competitor the customer went to.',
    });
    expect(validateResolve({ cause: 'COMPETITOR', competitor: 'Globex', resolutionNote: 'Lost on price.' })).toEqual({});
    expect(validateResolve({ cause: 'BUDGET', competitor: '', resolutionNote: 'Budget frozen.' })).toEqual({});
  });

  it('refuses text longer than the server takes rather than cutting it', () => {
    expect(validateResolve({ cause: 'OTHER', competitor: '', resolutionNote: 'x'.repeat(NOTE_MAX + 1) }).resolutionNote).toBe(
      `Use at most ${NOTE_MAX} characters.`,
    );
    expect(validateResolve({ cause: 'COMPETITOR', competitor: 'x'.repeat(COMPETITOR_MAX + 1), resolutionNote: 'n' }).competitor).toBe(
      `Use at most ${COMPETITOR_MAX} characters.`,
    );
  });

  it('sends the competitor only with the cause that names one', () => {
    expect(toResolvePatch({ cause: 'PRICE', competitor: 'Globex', resolutionNote: ' Too dear. ' })).toEqual({
      status: 'RESOLVED',
      cause: 'PRICE',
      competitor: null,
      resolutionNote: 'Too dear.',
    });
    expect(toResolvePatch({ cause: 'COMPETITOR', competitor: ' Globex ', resolutionNote: 'Moved.' }).competitor).toBe('Globex');
  });

  it('follows the status changes of the rules document', () => {
    expect(nextStatuses('NEW')).toEqual(['ACKNOWLEDGED', 'RESOLVED']);
    expect(nextStatuses('ACKNOWLEDGED')).toEqual(['RESOLVED']);
    expect(nextStatuses('RESOLVED')).toEqual([]);
  });
});

describe('the inbox filters', () => {
  it('default to new alerts and keep the URL short', () => {
    const f = alertFiltersCodec.parse(new URLSearchParams());
    expect(f).toEqual({ status: ['NEW'], rule: [], tier: [], ownerId: [], accountId: [], mine: false });
    expect(alertFiltersCodec.serialize(f).toString()).toBe('');
  });

  it('round-trip through the URL and read "mine" as the signed-in owner', () => {
    const sp = new URLSearchParams('status=any&rule=VOLUME_DROP&rule=BOGUS&tier=KEY&accountId=a1&who=mine');
    const f = alertFiltersCodec.parse(sp);
    expect(f).toEqual({ status: [], rule: ['VOLUME_DROP'], tier: ['KEY'], ownerId: [], accountId: ['a1'], mine: true });
    expect(alertFiltersCodec.serialize(f).toString()).toBe('status=any&rule=VOLUME_DROP&tier=KEY&accountId=a1&who=mine');
    expect(toAlertQuery(f, 'me-1')).toMatchObject({ ownerId: ['me-1'], accountId: ['a1'] });
  });
});

describe('the thresholds form', () => {
  const valid: PolicyValues = { stoppedBuying: true, volumeDrop: true, revenueDecline: true, minMonthsBought: 4, volumeDropPct: 30, revenueDeclinePct: 15 };

  it('accepts the defaults and the edges', () => {
    expect(validatePolicy(valid)).toEqual({});
    expect(validatePolicy({ ...valid, volumeDropPct: 100, revenueDeclinePct: 0.01, minMonthsBought: 6 })).toEqual({});
  });

  it('refuses negative, zero and above-100 percentages, and months outside 1 to 6', () => {
    const errors = validatePolicy({ ...valid, volumeDropPct: -5, revenueDeclinePct: 100.5, minMonthsBought: 7 });
    expect(Object.keys(errors).sort()).toEqual(['minMonthsBought', 'revenueDeclinePct', 'volumeDropPct']);
    Object.values(errors).forEach((m) => expect(m).toMatch(SENTENCE));
    expect(validatePolicy({ ...valid, volumeDropPct: 0 }).volumeDropPct).toBe('Enter a number above 0, at most 100.');
    expect(validatePolicy({ ...valid, volumeDropPct: '12.345' }).volumeDropPct).toBe('Use at most 2 decimals.');
    expect(validatePolicy({ ...valid, volumeDropPct: '' }).volumeDropPct).toMatch(SENTENCE);
  });
});
