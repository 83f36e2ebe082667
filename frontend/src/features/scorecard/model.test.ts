import { describe, expect, it } from 'vitest';
import { formatPct, recentPeriods } from './model';

describe('scorecard model', () => {
  it('lists the quarters that have started, newest first, across a year', () => {
    expect(recentPeriods(new Date(2026, 1, 15), 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
  });

  it('writes percentages with one decimal, and a dash for none', () => {
    expect(formatPct(92.25)).toBe('92.3 %');
    expect(formatPct(null)).toBe('—');
  });
});
