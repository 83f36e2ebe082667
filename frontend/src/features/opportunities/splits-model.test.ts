import { describe, expect, it } from 'vitest';
import { hasSplitErrors, shareTotal, validateSplits, type SplitRow } from './splits-model';

const row = (key: string, userId: string | null, sharePct: number | string): SplitRow => ({ key, userId, userName: null, sharePct });

describe('validateSplits', () => {
  it('accepts no rows (not split) and shares that add up to exactly 100', () => {
    expect(hasSplitErrors(validateSplits([]))).toBe(false);
    expect(hasSplitErrors(validateSplits([row('a', 'u1', 60), row('b', 'u2', 40)]))).toBe(false);
    expect(hasSplitErrors(validateSplits([row('a', 'u1', 33.33), row('b', 'u2', 33.33), row('c', 'u3', '33.34')]))).toBe(false);
    expect(shareTotal([row('a', 'u1', 33.33), row('b', 'u2', 33.33), row('c', 'u3', '33.34')])).toBe(100);
  });

  it('says how far the sum is from 100', () => {
    expect(validateSplits([row('a', 'u1', 60), row('b', 'u2', 30)]).total).toBe(
      'The shares add up to 90 %; make them add up to exactly 100 % (10 % is left to give).',
    );
    expect(validateSplits([row('a', 'u1', 60), row('b', 'u2', 50)]).total).toBe(
      'The shares add up to 110 %; make them add up to exactly 100 % (10 % too much).',
    );
  });

  it('refuses an empty, negative, zero, over-100 or over-precise share in a whole sentence', () => {
    expect(validateSplits([row('a', 'u1', '')]).rows.a?.sharePct).toBe('Enter the share in percent, such as 50.');
    expect(validateSplits([row('a', 'u1', -5)]).rows.a?.sharePct).toBe('Enter a number from 0.01 to 100.');
    expect(validateSplits([row('a', 'u1', 0)]).rows.a?.sharePct).toBe('Enter a number from 0.01 to 100.');
    expect(validateSplits([row('a', 'u1', 101)]).rows.a?.sharePct).toBe('Enter a number from 0.01 to 100.');
    expect(validateSplits([row('a', 'u1', 'fifty')]).rows.a?.sharePct).toBe('Enter a number, such as 1200.50.');
    expect(validateSplits([row('a', 'u1', 33.333)]).rows.a?.sharePct).toMatch(/decimal/);
  });

  it('needs a member on each row, each member once, and at most 10', () => {
    expect(validateSplits([row('a', null, 100)]).rows.a?.userId).toBe('Pick the team member who gets this share.');
    expect(validateSplits([row('a', 'u1', 50), row('b', 'u1', 50)]).rows.b?.userId).toBe('This member already has a share above; give each member one row.');
    const eleven = Array.from({ length: 11 }, (_, i) => row(`r${i}`, `u${i}`, 9));
    expect(validateSplits(eleven).total).toBe('Split the credit between at most 10 members; remove 1.');
  });
});
