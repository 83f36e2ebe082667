import { rules } from '../../api/rules';
import { revenueAlertCauseValues, revenueAlertRuleValues, revenueAlertStatusValues, tierValues } from '../../api/schema';
import type { ListUrlCodec } from '../../components/list-url-state';
import { checkNumber, readNumber, type NumberValue } from '../../components/number-check';
import type { AlertCause, AlertPatch, AlertQuery, AlertRule, AlertStatus, RevenueAlert, Tier } from './api';

export const RULE_LABEL: Record<AlertRule, string> = {
  STOPPED_BUYING: 'Stopped buying',
  VOLUME_DROP: 'Volume drop',
  REVENUE_DECLINE: 'Revenue decline',
};

export const STATUS_LABEL: Record<AlertStatus, string> = { NEW: 'New', ACKNOWLEDGED: 'Acknowledged', RESOLVED: 'Resolved' };
export const STATUS_COLOR: Record<AlertStatus, string> = { NEW: 'red', ACKNOWLEDGED: 'orange', RESOLVED: 'gray' };

export const CAUSE_LABEL: Record<AlertCause, string> = {
  COMPETITOR: 'Went to a competitor',
  BUDGET: 'Budget',
  PROJECT_ENDED: 'Project ended',
  SEASONAL: 'Seasonal',
  DATA_ERROR: 'Data error',
  PRICE: 'Price',
  QUALITY: 'Quality',
  OTHER: 'Other',
};

export const causeOptions = revenueAlertCauseValues.map((c) => ({ value: c, label: CAUSE_LABEL[c] }));
export const ruleOptions = revenueAlertRuleValues.map((r) => ({ value: r, label: RULE_LABEL[r] }));

/** The rules' own words, from their home on the server (revenuealert/AlertService). */
const ALERT_RULES = rules.revenueAlerts;
export const CAUSE_NAMING_COMPETITOR = ALERT_RULES.causeNamingCompetitor as AlertCause;
const LIMITS = rules.limits.RevenueAlertInput;
export const NOTE_MAX = LIMITS.resolutionNote.maxLength;
export const COMPETITOR_MAX = LIMITS.competitor.maxLength;

/** The statuses an alert may move to from its status. */
export function nextStatuses(status: AlertStatus): AlertStatus[] {
  return ((ALERT_RULES.nextStatuses as Record<string, readonly string[]>)[status] ?? []) as AlertStatus[];
}

/** What the alert is about: "Widget (W-1)" or "All products" for the account's total. */
export function alertSubject(alert: Pick<RevenueAlert, 'productName' | 'productSku'>): string {
  return alert.productName ? `${alert.productName}${alert.productSku ? ` (${alert.productSku})` : ''}` : 'All products';
}

export interface ResolveValues {
  [key: string]: unknown;
  cause: AlertCause | null;
  competitor: string;
  /** The competitor of the list, when one was chosen (its name fills `competitor`). */
  competitorId?: string;
  resolutionNote: string;
}

export const RESOLVE_FIELDS = ['status', 'cause', 'competitor', 'competitorId', 'resolutionNote'] as const;

export const emptyResolveValues = (): ResolveValues => ({ cause: null, competitor: '', resolutionNote: '' });

export function validateResolve(v: ResolveValues): Partial<Record<string, string>> {
  const e: Partial<Record<string, string>> = {};
  const note = v.resolutionNote.trim();
  const competitor = v.competitor.trim();
  if (!v.cause) e.cause = 'Choose the cause to resolve the alert.';
  if (!note) e.resolutionNote = 'Write a note saying what happened to resolve the alert.';
  else if (note.length > NOTE_MAX) e.resolutionNote = `Use at most ${NOTE_MAX} characters.`;
  if (v.cause === CAUSE_NAMING_COMPETITOR) {
    if (!competitor) e.competitor = 'Name the competitor the customer went to.';
    else if (competitor.length > COMPETITOR_MAX) e.competitor = `Use at most ${COMPETITOR_MAX} characters.`;
  }
  return e;
}

/** The merge patch that resolves an alert; the competitor only with the cause that names one. */
export function toResolvePatch(v: ResolveValues): AlertPatch {
  return {
    status: 'RESOLVED',
    cause: v.cause,
    competitor: v.cause === CAUSE_NAMING_COMPETITOR ? v.competitor.trim() : null,
    ...(v.cause === CAUSE_NAMING_COMPETITOR && v.competitorId ? { competitorId: v.competitorId } : {}),
    resolutionNote: v.resolutionNote.trim(),
  };
}

/** The inbox's filters, in the URL: `status` (NEW unless `status=any`), `rule`, `tier`, `ownerId`, `accountId`, `who=mine`. */
export interface AlertFilters {
  status: AlertStatus[];
  rule: AlertRule[];
  tier: Tier[];
  ownerId: string[];
  accountId: string[];
  mine: boolean;
}

const isStatus = (v: string): v is AlertStatus => (revenueAlertStatusValues as readonly string[]).includes(v);
const isRule = (v: string): v is AlertRule => (revenueAlertRuleValues as readonly string[]).includes(v);
const isTier = (v: string): v is Tier => (tierValues as readonly string[]).includes(v);

export const alertFiltersCodec: ListUrlCodec<AlertFilters> = {
  parse: (sp) => {
    const status = sp.getAll('status').filter(isStatus);
    return {
      status: sp.get('status') === 'any' ? [] : status.length ? status : ['NEW'],
      rule: sp.getAll('rule').filter(isRule),
      tier: sp.getAll('tier').filter(isTier),
      ownerId: sp.getAll('ownerId').filter(Boolean),
      accountId: sp.getAll('accountId').filter(Boolean),
      mine: sp.get('who') === 'mine',
    };
  },
  serialize: (f) => {
    const sp = new URLSearchParams();
    if (f.status.length === 0) sp.set('status', 'any');
    else if (!(f.status.length === 1 && f.status[0] === 'NEW')) f.status.forEach((s) => sp.append('status', s));
    f.rule.forEach((r) => sp.append('rule', r));
    f.tier.forEach((t) => sp.append('tier', t));
    f.ownerId.forEach((o) => sp.append('ownerId', o));
    f.accountId.forEach((a) => sp.append('accountId', a));
    if (f.mine) sp.set('who', 'mine');
    return sp;
  },
};

/** The API query of the inbox's filters: "mine" is the signed-in person as owner. */
export function toAlertQuery(f: AlertFilters, myId: string | undefined): AlertQuery {
  return { status: f.status, rule: f.rule, tier: f.tier, ownerId: f.mine && myId ? [myId] : f.ownerId, accountId: f.accountId };
}

const POLICY_LIMITS = rules.limits.RevenueAlertPolicyInput;

export interface PolicyValues {
  [key: string]: unknown;
  stoppedBuying: boolean;
  volumeDrop: boolean;
  revenueDecline: boolean;
  minMonthsBought: NumberValue;
  volumeDropPct: NumberValue;
  revenueDeclinePct: NumberValue;
}

export function validatePolicy(v: PolicyValues): Partial<Record<string, string>> {
  const e: Partial<Record<string, string>> = {};
  const months = checkNumber(v.minMonthsBought, POLICY_LIMITS.minMonthsBought, 'Enter in how many of the 6 months a product must be bought.');
  if (months) e.minMonthsBought = months;
  const drop = checkNumber(v.volumeDropPct, POLICY_LIMITS.volumeDropPct, 'Enter the volume drop that raises an alert, in percent.');
  if (drop) e.volumeDropPct = drop;
  const decline = checkNumber(v.revenueDeclinePct, POLICY_LIMITS.revenueDeclinePct, 'Enter the revenue decline that raises an alert, in percent.');
  if (decline) e.revenueDeclinePct = decline;
  return e;
}

export function toPolicyInput(tier: Tier, v: PolicyValues) {
  return {
    tier,
    stoppedBuying: v.stoppedBuying,
    volumeDrop: v.volumeDrop,
    revenueDecline: v.revenueDecline,
    minMonthsBought: readNumber(v.minMonthsBought) ?? 0,
    volumeDropPct: readNumber(v.volumeDropPct) ?? 0,
    revenueDeclinePct: readNumber(v.revenueDeclinePct) ?? 0,
  };
}
