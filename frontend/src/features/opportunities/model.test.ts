import { describe, expect, it } from 'vitest';
import { columnTotals, commissionStatus, planDrop, quarterOf, sumOpportunities, type PipelineSummary } from './model';
import { filtersFromSearchParams, filtersToSearchParams, listQuery, emptyOpportunityFilters } from './filters';
import { toStageChart, wonExpansion } from './PipelineDashboardPanel';

const summary: PipelineSummary = {
  from: '2026-04-01',
  to: '2026-06-30',
  stages: [
    { stage: 'IDENTIFIED', count: 2, amount: 30000, weightedAmount: 3000 },
    { stage: 'PROPOSAL', count: 1, amount: 48000, weightedAmount: 24000 },
  ],
  open: { count: 3, amount: 78000, weightedAmount: 27000 },
  won: { count: 2, amount: 50000, weightedAmount: 50000 },
  wonByType: [
    { type: 'UPSELL', count: 1, amount: 20000 },
    { type: 'RENEWAL', count: 1, amount: 30000 },
  ],
  lost: { count: 1, amount: 10000, weightedAmount: 0 },
  winRate: 66.7,
};

describe('stage column totals', () => {
  it('takes open stages from the summary and a missing stage as zero', () => {
    expect(columnTotals(summary, 'IDENTIFIED')).toEqual({ count: 2, amount: 30000, weightedAmount: 3000 });
    expect(columnTotals(summary, 'QUALIFIED')).toEqual({ count: 0, amount: 0, weightedAmount: 0 });
    expect(columnTotals(summary, 'PROPOSAL')?.weightedAmount).toBe(24000);
  });

  it('takes WON and LOST from the closed totals of the window', () => {
    expect(columnTotals(summary, 'WON')).toEqual({ count: 2, amount: 50000, weightedAmount: 50000 });
    expect(columnTotals(summary, 'LOST')).toEqual({ count: 1, amount: 10000, weightedAmount: 0 });
    expect(columnTotals(undefined, 'WON')).toBeNull();
  });

  it('adds up cards without floating-point dust', () => {
    expect(sumOpportunities([
      { amount: 0.1, weightedAmount: 0.01 },
      { amount: 0.2, weightedAmount: 0.02 },
    ])).toEqual({ count: 2, amount: 0.3, weightedAmount: 0.03 });
  });
});

describe('dropping a card', () => {
  const open = { stage: 'QUALIFIED' as const, closed: false };
  it('moves between open stages, confirms WON and asks why for LOST', () => {
    expect(planDrop(open, 'QUALIFIED')).toEqual({ kind: 'none' });
    expect(planDrop(open, 'NEGOTIATION')).toEqual({ kind: 'move', stage: 'NEGOTIATION' });
    expect(planDrop(open, 'WON')).toEqual({ kind: 'confirm-won' });
    expect(planDrop(open, 'LOST')).toEqual({ kind: 'ask-loss-reason' });
  });
  it('refuses to move a closed card', () => {
    expect(planDrop({ stage: 'WON', closed: true }, 'PROPOSAL')).toEqual({ kind: 'refuse-closed' });
  });
});

describe('growth commission state', () => {
  it('is commissionable only when the retention goal is met', () => {
    expect(commissionStatus({ expansionCommissionable: true, renewalsLost: 0, retentionMet: true })).toBe('commissionable');
    expect(commissionStatus({ expansionCommissionable: false, renewalsLost: 0, retentionMet: false })).toBe('retention-pending');
    expect(commissionStatus({ expansionCommissionable: false, renewalsLost: 1, retentionMet: false })).toBe('retention-missed');
  });
});

describe('dashboard figures', () => {
  it('charts the four open stages in order, zero where empty', () => {
    expect(toStageChart(summary).map((r) => [r.stage, r.Weighted])).toEqual([
      ['Identified', 3000],
      ['Qualified', 0],
      ['Proposal', 24000],
      ['Negotiation', 0],
    ]);
  });
  it('counts won upsells and cross-sells but not renewals', () => {
    expect(wonExpansion(summary)).toMatchObject({ count: 1, amount: 20000 });
  });
});

describe('quarters and list filters', () => {
  it('knows the calendar quarter of a day', () => {
    expect(quarterOf(new Date(2026, 4, 17))).toEqual({ from: '2026-04-01', to: '2026-06-30', label: 'Q2 2026' });
    expect(quarterOf(new Date(2026, 11, 31)).to).toBe('2026-12-31');
  });

  it('round-trips the table filters through the URL, leaving defaults out', () => {
    expect(filtersToSearchParams(emptyOpportunityFilters).toString()).toBe('');
    const sp = new URLSearchParams('type=UPSELL&stage=WON&status=all&minAmount=5000&compellingEventType=FUNDING_ROUND&sort=-amount&stage=BOGUS');
    const f = filtersFromSearchParams(sp);
    expect(f).toMatchObject({ type: ['UPSELL'], stage: ['WON'], status: '', minAmount: 5000, compellingEventType: ['FUNDING_ROUND'], sort: { field: 'amount', desc: true } });
    expect(filtersFromSearchParams(filtersToSearchParams(f))).toEqual(f);
    expect(listQuery(f, 'c1', 50)).toEqual({
      type: ['UPSELL'],
      stage: ['WON'],
      minAmount: 5000,
      compellingEventType: ['FUNDING_ROUND'],
      sort: '-amount',
      cursor: 'c1',
      limit: 50,
    });
    expect(listQuery(emptyOpportunityFilters, undefined, 20)).toMatchObject({ open: true, sort: 'expectedCloseDate' });
  });
});
