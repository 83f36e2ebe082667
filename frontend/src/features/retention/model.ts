import { formatDate } from '../../components/format';
import type { RetentionFigures, RetentionReport } from './api';

/** "82.5 %", or a dash when there is no cohort to measure. */
export function formatPct(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} %`;
}

/** The bridge from the starting revenue to the cohort's revenue now: what was lost, and what was added. */
export function bridge(f: RetentionFigures) {
  return [
    { step: 'Starting', Revenue: f.startingRevenue },
    { step: 'Churned', Revenue: -f.churnedRevenue },
    { step: 'Contraction', Revenue: -f.contractionRevenue },
    { step: 'Expansion', Revenue: f.expansionRevenue },
    { step: 'Now', Revenue: f.endingRevenue },
  ];
}

/** GRR and NRR per owner, for the bar chart: owners without a cohort are left out (they have nothing to show). */
export function byOwnerChart(r: RetentionReport) {
  return r.byOwner
    .filter((o) => o.figures.cohortAccounts > 0)
    .map((o) => ({ owner: o.ownerName ?? 'No owner', GRR: o.figures.grrPct ?? 0, NRR: o.figures.nrrPct ?? 0 }));
}

/** "Jan 2025 – Dec 2025 against Jan 2024 – Dec 2024". */
export function periods(r: RetentionReport): string {
  const month = (d: string) => formatDate(d).replace(/ \d+,/, '');
  return `${month(r.measuredFrom)} – ${month(r.measuredTo)} against ${month(r.startingFrom)} – ${month(r.startingTo)}`;
}
