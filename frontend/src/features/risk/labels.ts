import { rules } from '../../api/rules';
import type { RiskFlag } from './api';

/** How each flag reads on a chip (presentation only; the rules come from rules.json). */
export const FLAG_LABELS: Record<RiskFlag, string> = {
  FAILING_GRADE: 'Failing grade',
  FOLLOW_UP_MISSED: 'Follow-up missed',
  QBR_OVERDUE: 'QBR overdue',
  TOUCH_OVERDUE: 'Touch overdue',
  SINGLE_THREADED: 'Single-threaded',
  SPONSOR_LEFT: 'Sponsor left',
  REVENUE_ALERT: 'Revenue alert',
  RENEWAL_AT_RISK: 'Renewal at risk',
  THREAT_PATH: 'Threat path',
  PLAN_STALE: 'Plan stale',
};

export const FLAG_COLORS: Record<RiskFlag, string> = {
  FAILING_GRADE: 'red',
  FOLLOW_UP_MISSED: 'red',
  QBR_OVERDUE: 'orange',
  TOUCH_OVERDUE: 'yellow',
  SINGLE_THREADED: 'orange',
  SPONSOR_LEFT: 'pink',
  REVENUE_ALERT: 'red',
  RENEWAL_AT_RISK: 'red',
  THREAT_PATH: 'violet',
  PLAN_STALE: 'grape',
};

/** What raises a flag, from rules.json. */
export function raisedWhen(flag: RiskFlag): string {
  return rules.risk.flags[flag].raisedWhen;
}
