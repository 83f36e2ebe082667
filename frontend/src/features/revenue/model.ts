import type { AccountRevenue, ProductTrend } from './api';

export const TREND_LABEL: Record<ProductTrend['trend'], string> = {
  UP: 'Up',
  DOWN: 'Down',
  FLAT: 'Flat',
  NEW: 'New',
  STOPPED: 'Stopped',
  NONE: 'No purchases',
};

export const TREND_COLOR: Record<ProductTrend['trend'], string> = {
  UP: 'teal',
  DOWN: 'orange',
  FLAT: 'gray',
  NEW: 'blue',
  STOPPED: 'red',
  NONE: 'gray',
};

const PALETTE: readonly string[] = ['blue.6', 'teal.6', 'grape.6', 'orange.6', 'cyan.6', 'pink.6', 'lime.6', 'indigo.6', 'yellow.6', 'red.6'];

/** One row per month with the amount of each family, for a stacked bar chart; the series in the groups' order. */
export function toFamilyChart(revenue: AccountRevenue): { data: Record<string, string | number>[]; series: { name: string; color: string }[] } {
  const series = revenue.groups.map((g, i) => ({ name: g.label, color: PALETTE[i % PALETTE.length] ?? 'blue.6' }));
  const data = revenue.months.map((month, m) => {
    const row: Record<string, string | number> = { month };
    for (const g of revenue.groups) row[g.label] = g.months[m]?.amount ?? 0;
    return row;
  });
  return { data, series };
}

/** "+12.5 %", "−30.0 %" or an em dash without an average. */
export function formatChange(pct: number | null): string {
  if (pct === null) return '—';
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '';
  return `${sign}${Math.abs(pct).toFixed(1)} %`;
}
