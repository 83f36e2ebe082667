import type { MantineColor } from '@mantine/core';
import type { Schemas } from '../../api/client';
import { humanize } from '../../components/format';
import { rules } from '../../api/rules';
import { compellingEventTypeValues, opportunityTypeValues, stageValues } from '../../api/schema';

export type Opportunity = Schemas['OpportunityView'];
export type OpportunityInput = Schemas['OpportunityInput'];
export type OpportunityPatch = Schemas['OpportunityPatch'];
export type Stage = Schemas['Stage'];
export type OpportunityType = Schemas['OpportunityType'];
export type CompellingEventType = Schemas['CompellingEventType'];
export type CompellingEvent = Schemas['CompellingEvent'];
export type StageChange = Schemas['OpportunityStageChange'];
export type PipelineSummary = Schemas['PipelineSummary'];
export type PipelineTotals = Schemas['PipelineTotals'];
export type Growth = Schemas['Growth'];

/** Open stages in pipeline order, and the two that close an opportunity (the server's rules document). */
export const OPEN_STAGES: readonly Stage[] = rules.stages.open;
export const CLOSED_STAGES: readonly Stage[] = rules.stages.closed;

/** The default probability of each stage (the server applies it on every stage move). */
export const STAGE_PROBABILITY: Readonly<Record<Stage, number>> = rules.stages.defaultProbability;

/** Upsell and cross-sell grow an account; a renewal keeps it. */
export const EXPANSION_TYPES: readonly OpportunityType[] = rules.opportunityTypes.expansion;

export const STAGE_COLOR: Record<Stage, MantineColor> = {
  IDENTIFIED: 'gray',
  QUALIFIED: 'cyan',
  PROPOSAL: 'blue',
  NEGOTIATION: 'indigo',
  WON: 'teal',
  LOST: 'red',
};

export const TYPE_LABEL: Record<OpportunityType, string> = {
  UPSELL: 'Upsell',
  CROSS_SELL: 'Cross-sell',
  RENEWAL: 'Renewal',
};

export const EVENT_LABEL: Record<CompellingEventType, string> = {
  ACQUISITION: 'Acquisition',
  FUNDING_ROUND: 'Funding round',
  NEW_EXECUTIVE: 'New executive',
  EXPANSION: 'Expansion',
  REORGANIZATION: 'Reorganisation',
  REGULATION: 'Regulation',
  PROJECT: 'Project',
  OTHER: 'Other event',
};

export const stageLabel = (s: Stage): string => humanize(s);
export const isOpenStage = (s: Stage): boolean => (OPEN_STAGES as readonly string[]).includes(s);

export const stageOptions = stageValues.map((s) => ({ value: s, label: stageLabel(s) }));
export const openStageOptions = OPEN_STAGES.map((s) => ({ value: s, label: `${stageLabel(s)} (${STAGE_PROBABILITY[s]}%)` }));
export const typeOptions = opportunityTypeValues.map((t) => ({ value: t, label: TYPE_LABEL[t] }));
export const eventOptions = compellingEventTypeValues.map((t) => ({ value: t, label: EVENT_LABEL[t] }));

export interface ColumnTotals {
  count: number;
  amount: number;
  weightedAmount: number;
}

const ZERO: ColumnTotals = { count: 0, amount: 0, weightedAmount: 0 };

/**
 * The count and sums shown at the top of a board column. Open stages come from the summary's
 * stage entries (all open opportunities, not just the loaded cards); WON and LOST from the
 * summary's won/lost totals, which cover the summary window (this quarter by default).
 */
export function columnTotals(summary: PipelineSummary | undefined, stage: Stage): ColumnTotals | null {
  if (!summary) return null;
  if (stage === 'WON') return { ...summary.won };
  if (stage === 'LOST') return { ...summary.lost };
  const entry = summary.stages.find((s) => s.stage === stage);
  return entry ? { count: entry.count, amount: entry.amount, weightedAmount: entry.weightedAmount } : { ...ZERO };
}

/** What dropping a card on a column means. */
export type DropPlan = { kind: 'none' } | { kind: 'refuse-closed' } | { kind: 'move'; stage: Stage } | { kind: 'confirm-won' } | { kind: 'ask-loss-reason' };

export function planDrop(opportunity: Pick<Opportunity, 'stage' | 'closed'>, target: Stage): DropPlan {
  if (opportunity.stage === target) return { kind: 'none' };
  if (opportunity.closed) return { kind: 'refuse-closed' };
  if (target === 'WON') return { kind: 'confirm-won' };
  if (target === 'LOST') return { kind: 'ask-loss-reason' };
  return { kind: 'move', stage: target };
}

/** Start and end (inclusive) of the calendar quarter containing `day`, as ISO dates. */
export function quarterOf(day: Date): { from: string; to: string; label: string } {
  const q = Math.floor(day.getMonth() / 3);
  const y = day.getFullYear();
  const pad = (n: number) => String(n).padStart(2, '0');
  const endMonth = q * 3 + 3;
  const lastDay = new Date(y, endMonth, 0).getDate();
  return { from: `${y}-${pad(q * 3 + 1)}-01`, to: `${y}-${pad(endMonth)}-${pad(lastDay)}`, label: `Q${q + 1} ${y}` };
}

export type GrowthStatus = 'commissionable' | 'retention-pending' | 'retention-missed';

/** Whether won expansion earns commission, and why not: only an open renewal can still turn into retention. */
export function commissionStatus(g: Pick<Growth, 'expansionCommissionable' | 'retentionBlockers'>): GrowthStatus {
  if (g.expansionCommissionable) return 'commissionable';
  return g.retentionBlockers.every((b) => b.code === 'RENEWAL_NOT_WON') ? 'retention-pending' : 'retention-missed';
}
