import type { MantineColor } from '@mantine/core';
import { rules } from '../../api/rules';
import { checkNumber, readNumber, type NumberValue } from '../../components/number-check';
import { tooLong } from '../../components/text-check';
import type { Objective, ObjectiveInput, ObjectiveStatus, Plan, PlanInput, PlanStatus } from './api';

const PLAN = rules.limits.PlanInput;
const OBJECTIVE = rules.limits.ObjectiveInput;
const MEASUREMENT = rules.limits.MeasurementInput;

export const STATUS_COLOR: Record<ObjectiveStatus, MantineColor> = { ON_TRACK: 'teal', AT_RISK: 'orange', MET: 'green', MISSED: 'red' };
export const STATUS_LABEL: Record<ObjectiveStatus, string> = { ON_TRACK: 'On track', AT_RISK: 'At risk', MET: 'Met', MISSED: 'Missed' };

/** The plan the tab opens on: the ACTIVE one, else the latest. */
export function currentPlanId(plans: readonly { id: string; status: PlanStatus }[]): string | undefined {
  return (plans.find((p) => p.status === 'ACTIVE') ?? plans[0])?.id;
}

/** The progress bar's fill: 0 to 100 whatever the value did. */
export function progressBar(o: Pick<Objective, 'progressPct'>): number {
  return Math.max(0, Math.min(100, o.progressPct));
}

/** The objectives the customer sees on the print. */
export function sharedObjectives(plan: Pick<Plan, 'objectives'>): Objective[] {
  return plan.objectives.filter((o) => o.sharedWithCustomer);
}

export interface PlanFormValues {
  [key: string]: unknown;
  periodStart: string | null;
  periodEnd: string | null;
  status: PlanStatus;
  whyTheyBought: string;
  customerGoals: string;
  initiatives: string;
  risks: string;
}

export const PLAN_FIELDS = ['periodStart', 'periodEnd', 'status', 'whyTheyBought', 'customerGoals', 'initiatives', 'risks'] as const;
const PLAN_TEXTS = ['whyTheyBought', 'customerGoals', 'initiatives', 'risks'] as const;

export const emptyPlanValues = (): PlanFormValues => ({
  periodStart: null,
  periodEnd: null,
  status: 'ACTIVE',
  whyTheyBought: '',
  customerGoals: '',
  initiatives: '',
  risks: '',
});

export const planValues = (p: Plan): PlanFormValues => ({
  periodStart: p.periodStart,
  periodEnd: p.periodEnd,
  status: p.status,
  whyTheyBought: p.whyTheyBought ?? '',
  customerGoals: p.customerGoals ?? '',
  initiatives: p.initiatives ?? '',
  risks: p.risks ?? '',
});

export function validatePlan(v: PlanFormValues): Partial<Record<string, string>> {
  const e: Partial<Record<string, string>> = {};
  if (!v.periodStart) e.periodStart = 'Enter the first day the plan covers.';
  if (!v.periodEnd) e.periodEnd = 'Enter the last day the plan covers.';
  else if (v.periodStart && v.periodEnd <= v.periodStart) e.periodEnd = `Choose an end of the period after its start (${v.periodStart}).`;
  for (const field of PLAN_TEXTS) {
    const long = tooLong(v[field], PLAN[field].maxLength);
    if (long) e[field] = long;
  }
  return e;
}

export function toPlanInput(v: PlanFormValues): PlanInput {
  const text = (s: string) => (s.trim() === '' ? null : s);
  return {
    periodStart: v.periodStart ?? '',
    periodEnd: v.periodEnd ?? '',
    status: v.status,
    whyTheyBought: text(v.whyTheyBought),
    customerGoals: text(v.customerGoals),
    initiatives: text(v.initiatives),
    risks: text(v.risks),
  };
}

/** Only what changed, as a merge patch. */
export function toPlanPatch(before: Plan, v: PlanFormValues): Partial<PlanInput> {
  const input = toPlanInput(v);
  const patch: Partial<PlanInput> = {};
  (Object.keys(input) as (keyof PlanInput)[]).forEach((key) => {
    if (input[key] !== (before[key] ?? null)) (patch as Record<string, unknown>)[key] = input[key];
  });
  return patch;
}

export interface ObjectiveFormValues {
  [key: string]: unknown;
  title: string;
  metric: string;
  unit: string;
  baseline: NumberValue;
  target: NumberValue;
  dueOn: string | null;
  sharedWithCustomer: boolean;
}

export const OBJECTIVE_FIELDS = ['title', 'metric', 'unit', 'baseline', 'target', 'dueOn', 'sharedWithCustomer'] as const;

export const emptyObjectiveValues = (): ObjectiveFormValues => ({
  title: '',
  metric: '',
  unit: '',
  baseline: '',
  target: '',
  dueOn: null,
  sharedWithCustomer: false,
});

/** SMART, in the server's words (PlanRules); the server still decides. */
export function validateObjective(v: ObjectiveFormValues, period: { periodStart: string; periodEnd: string }): Partial<Record<string, string>> {
  const e: Partial<Record<string, string>> = {};
  if (!v.title.trim()) e.title = 'Enter a title for the objective.';
  else if (tooLong(v.title, OBJECTIVE.title.maxLength)) e.title = tooLong(v.title, OBJECTIVE.title.maxLength);
  if (!v.metric.trim()) e.metric = 'Name the metric the objective is measured by (for example "Active users"): an objective nobody can measure is not SMART.';
  else if (tooLong(v.metric, OBJECTIVE.metric.maxLength)) e.metric = tooLong(v.metric, OBJECTIVE.metric.maxLength);
  const unit = tooLong(v.unit, OBJECTIVE.unit.maxLength);
  if (unit) e.unit = unit;
  const baseline = checkNumber(v.baseline, OBJECTIVE.baseline, 'Enter the baseline: the metric’s value when the plan starts.');
  if (baseline) e.baseline = baseline;
  const target = checkNumber(v.target, OBJECTIVE.target, 'Enter the target value the objective aims for.');
  if (target) e.target = target;
  else if (!baseline && readNumber(v.target) === readNumber(v.baseline)) {
    e.target = `Choose a target other than the baseline (${String(readNumber(v.baseline))}): an objective that changes nothing is no objective.`;
  }
  if (!v.dueOn) e.dueOn = 'Enter the due date by which the target is to be reached.';
  else if (v.dueOn < period.periodStart || v.dueOn > period.periodEnd) {
    e.dueOn = `Choose a due date inside the plan's period (${period.periodStart} to ${period.periodEnd}).`;
  }
  return e;
}

/** The form of an objective being changed. */
export const objectiveValues = (o: Objective): ObjectiveFormValues => ({
  title: o.title,
  metric: o.metric,
  unit: o.unit ?? '',
  baseline: o.baseline,
  target: o.target,
  dueOn: o.dueOn,
  sharedWithCustomer: o.sharedWithCustomer,
});

/** Only what changed, as a merge patch; of the GROWTH objective only the title and sharing change. */
export function toObjectivePatch(before: Objective, v: ObjectiveFormValues): Partial<ObjectiveInput> {
  const input = toObjectiveInput(v);
  const patch: Partial<ObjectiveInput> = {};
  const keys: (keyof ObjectiveInput)[] =
    before.kind === 'GROWTH' ? ['title', 'sharedWithCustomer'] : ['title', 'metric', 'unit', 'baseline', 'target', 'dueOn', 'sharedWithCustomer'];
  for (const key of keys) {
    if (input[key] !== (before[key as keyof Objective] ?? null)) (patch as Record<string, unknown>)[key] = input[key];
  }
  return patch;
}

export interface MilestoneFormValues {
  [key: string]: unknown;
  title: string;
  dueOn: string | null;
}

/** The server's rule (PlanRules.milestoneDue): inside the plan's period, not after the objective's due date. */
export function validateMilestone(
  v: MilestoneFormValues,
  plan: { periodStart: string; periodEnd: string },
  objective: { dueOn: string },
): Partial<Record<string, string>> {
  const e: Partial<Record<string, string>> = {};
  if (!v.title.trim()) e.title = 'Enter what the milestone is.';
  else if (tooLong(v.title, rules.limits.MilestoneInput.title.maxLength)) e.title = tooLong(v.title, rules.limits.MilestoneInput.title.maxLength);
  if (!v.dueOn) e.dueOn = 'Enter the day it is due.';
  else if (v.dueOn < plan.periodStart || v.dueOn > plan.periodEnd)
    e.dueOn = `Choose a due date inside the plan's period (${plan.periodStart} to ${plan.periodEnd}).`;
  else if (v.dueOn > objective.dueOn) e.dueOn = `Choose a due date on or before the objective's own (${objective.dueOn}): a milestone is a step towards it.`;
  return e;
}

export function toObjectiveInput(v: ObjectiveFormValues): ObjectiveInput {
  return {
    title: v.title,
    metric: v.metric,
    unit: v.unit.trim() === '' ? null : v.unit,
    baseline: readNumber(v.baseline) ?? 0,
    target: readNumber(v.target) ?? 0,
    dueOn: v.dueOn ?? '',
    ownerId: null,
    sharedWithCustomer: v.sharedWithCustomer,
  };
}

/** The refusal of one more objective, before the form opens; undefined while there is room. */
export function objectivesFull(plan: Pick<Plan, 'objectives'>): string | undefined {
  const max = rules.plans.maxObjectives;
  return plan.objectives.length >= max ? `The plan has ${max} objectives, the most it may have. Remove or merge one first.` : undefined;
}

export interface MeasurementFormValues {
  [key: string]: unknown;
  measuredOn: string | null;
  value: NumberValue;
  note: string;
}

export const MEASUREMENT_FIELDS = ['measuredOn', 'value', 'note'] as const;

/** The server's rule (PlanRules.measuredOn): not after today, not before the plan's start. */
export function validateMeasurement(v: MeasurementFormValues, today: string, periodStart: string): Partial<Record<string, string>> {
  const e: Partial<Record<string, string>> = {};
  if (!v.measuredOn) e.measuredOn = 'Enter the day measured.';
  else if (v.measuredOn > today) e.measuredOn = `Choose a day not after today (${today}): a measurement records what was measured.`;
  else if (v.measuredOn < periodStart) e.measuredOn = `Choose a day on or after the plan's start (${periodStart}): the baseline is the value then.`;
  const value = checkNumber(v.value, MEASUREMENT.value, 'Enter the value measured.');
  if (value) e.value = value;
  const note = tooLong(v.note, MEASUREMENT.note.maxLength);
  if (note) e.note = note;
  return e;
}
