import { describe, expect, it } from 'vitest';
import { formatChange, toFamilyChart } from './model';
import type { AccountRevenue } from './api';

describe('revenue model', () => {
  it('spreads each family over the months for the chart', () => {
    const revenue = {
      months: ['2026-08', '2026-09'],
      groups: [
        {
          key: 'Platform',
          label: 'Platform',
          family: 'Platform',
          quantity: 2,
          amount: 300,
          months: [
            { period: '2026-08', quantity: 1, amount: 100 },
            { period: '2026-09', quantity: 1, amount: 200 },
          ],
        },
        {
          key: 'Services',
          label: 'Services',
          family: 'Services',
          quantity: 1,
          amount: 50,
          months: [
            { period: '2026-08', quantity: 0, amount: 0 },
            { period: '2026-09', quantity: 1, amount: 50 },
          ],
        },
      ],
    } as unknown as AccountRevenue;
    const chart = toFamilyChart(revenue);
    expect(chart.data).toEqual([
      { month: '2026-08', Platform: 100, Services: 0 },
      { month: '2026-09', Platform: 200, Services: 50 },
    ]);
    expect(chart.series.map((s) => s.name)).toEqual(['Platform', 'Services']);
  });

  it('writes a change with its sign, and a dash without an average', () => {
    expect(formatChange(12.5)).toBe('+12.5 %');
    expect(formatChange(-30)).toBe('−30.0 %');
    expect(formatChange(0)).toBe('0.0 %');
    expect(formatChange(null)).toBe('—');
  });
});
