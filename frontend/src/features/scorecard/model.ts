/** Calendar quarters that have started, newest first: "2026-Q4", "2026-Q3", … */
export function recentPeriods(today: Date, count: number): string[] {
  const out: string[] = [];
  let year = today.getFullYear();
  let quarter = Math.floor(today.getMonth() / 3) + 1;
  for (let i = 0; i < count; i++) {
    out.push(`${year}-Q${quarter}`);
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return out;
}

export function formatPct(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 10) / 10} %`;
}
