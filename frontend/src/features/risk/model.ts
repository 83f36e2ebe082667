import type { RiskFlag, RiskReport } from './api';
import { FLAG_LABELS } from './labels';

/** One bar per flag: the accounts with it counting and those with it snoozed. */
export function byFlagChart(r: RiskReport) {
  return r.flags.map((f) => ({ flag: FLAG_LABELS[f.flag as RiskFlag], Accounts: f.accounts, Snoozed: f.snoozed, ARR: f.arr }));
}

/** One point per month: flagged accounts and the ARR at risk. */
export function trendChart(r: RiskReport) {
  return r.trend.map((p) => ({ month: p.day.slice(0, 7), 'Flagged accounts': p.flaggedAccounts, 'ARR at risk': p.arrAtRisk }));
}
