import { describe, expect, it } from 'vitest';
import type { RetentionFigures, RetentionReport } from './api';
import { bridge, byOwnerChart, formatPct, periods } from './model';

const figures = (over: Partial<RetentionFigures> = {}): RetentionFigures => ({
  cohortAccounts: 4,
  startingRevenue: 4800,
  retainedRevenue: 3000,
  endingRevenue: 4200,
  grrPct: 62.5,
  nrrPct: 87.5,
  churnedAccounts: 1,
  churnedRevenue: 1200,
  contractedAccounts: 1,
  contractionRevenue: 600,
  expandedAccounts: 1,
  expansionRevenue: 1200,
  newAccounts: 1,
  newRevenue: 1000,
  ...over,
});

describe('retention model', () => {
  it('shows percentages with one decimal and a dash without a cohort', () => {
    expect(formatPct(62.5)).toBe('62.5 %');
    expect(formatPct(100)).toBe('100 %');
    expect(formatPct(null)).toBe('—');
  });

  it('builds the bridge from starting revenue to now', () => {
    expect(bridge(figures()).map((s) => s.Revenue)).toEqual([4800, -1200, -600, 1200, 4200]);
  });

  it('charts owners with a cohort only', () => {
    const report = {
      byOwner: [
        { ownerId: 'a', ownerName: 'Ann', figures: figures() },
        { ownerId: null, ownerName: null, figures: figures({ cohortAccounts: 0, grrPct: null, nrrPct: null }) },
      ],
    } as unknown as RetentionReport;
    expect(byOwnerChart(report)).toEqual([{ owner: 'Ann', GRR: 62.5, NRR: 87.5 }]);
  });

  it('names the two periods compared', () => {
    const report = { measuredFrom: '2025-01-01', measuredTo: '2025-12-01', startingFrom: '2024-01-01', startingTo: '2024-12-01' } as RetentionReport;
    expect(periods(report)).toBe('Jan 2025 – Dec 2025 against Jan 2024 – Dec 2024');
  });
});
