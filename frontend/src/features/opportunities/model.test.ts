import { describe, expect, it } from 'vitest';
import { columnTotals, commissionStatus, planDrop, quarterOf, type PipelineSummary } from './model';
import { boardColumnQuery, boardListQuery, filtersFromSearchParams, filtersToSearchParams, listQuery, emptyOpportunityFilters } from './filters';
import { opportunityKeys } from './api';
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
    const notWon = { code: 'RENEWAL_NOT_WON' as const, message: 'A renewal expected to close in 2026 is not won.' };
    const churned = { code: 'CHURNED' as const, message: 'The account is marked as churned.' };
    expect(commissionStatus({ expansionCommissionable: true, retentionBlockers: [] })).toBe('commissionable');
    expect(commissionStatus({ expansionCommissionable: false, retentionBlockers: [notWon] })).toBe('retention-pending');
    expect(commissionStatus({ expansionCommissionable: false, retentionBlockers: [notWon, churned] })).toBe('retention-missed');
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
    expect(f).toMatchObject({
      type: ['UPSELL'],
      stage: ['WON'],
      status: '',
      minAmount: 5000,
      compellingEventType: ['FUNDING_ROUND'],
      sort: { field: 'amount', desc: true },
    });
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

describe('board column query', () => {
  const filters = { ownerId: ['u1'], type: ['UPSELL' as const], tier: ['KEY' as const, 'STRATEGIC' as const] };
  const window = { from: '2026-04-01', to: '2026-06-30' };

  it('passes owner, type and tier to every column, and the summary window only to WON and LOST', () => {
    expect(boardListQuery('PROPOSAL', boardColumnQuery('PROPOSAL', filters, window), undefined, 50)).toEqual({
      stage: ['PROPOSAL'],
      ownerId: ['u1'],
      type: ['UPSELL'],
      tier: ['KEY', 'STRATEGIC'],
      sort: 'expectedCloseDate',
      limit: 50,
    });
    for (const stage of ['WON', 'LOST'] as const) {
      expect(boardListQuery(stage, boardColumnQuery(stage, filters, window), 'c2', 50)).toEqual({
        stage: [stage],
        ownerId: ['u1'],
        type: ['UPSELL'],
        tier: ['KEY', 'STRATEGIC'],
        closedAfter: '2026-04-01',
        closedBefore: '2026-06-30',
        sort: '-updatedAt',
        limit: 50,
        cursor: 'c2',
      });
    }
  });

  it('leaves out empty filters and has no window before the summary is known', () => {
    const none = { ownerId: [], type: [], tier: [] };
    expect(boardColumnQuery('WON', none, undefined)).toEqual({ ownerId: [], type: [], tier: [] });
    expect(boardListQuery('WON', boardColumnQuery('WON', none, undefined), undefined, 20)).toEqual({ stage: ['WON'], sort: '-updatedAt', limit: 20 });
  });

  it('keys each column by its tier and window', () => {
    const key = (stage: 'WON' | 'IDENTIFIED', f: typeof filters, w?: typeof window) =>
      JSON.stringify(opportunityKeys.board(stage, boardColumnQuery(stage, f, w)));
    expect(key('IDENTIFIED', filters, window)).not.toBe(key('IDENTIFIED', { ...filters, tier: ['KEY'] }, window));
    expect(key('WON', filters, window)).not.toBe(key('WON', { ...filters, tier: ['KEY'] }, window));
    expect(key('WON', filters, window)).not.toBe(key('WON', filters, { ...window, from: '2026-01-01' }));
    expect(key('WON', filters, window)).not.toBe(key('WON', filters, { ...window, to: '2026-09-30' }));
    expect(key('WON', filters, window)).not.toBe(key('WON', filters));
    expect(key('WON', filters, window)).toContain('"closedAfter":"2026-04-01"');
    expect(key('IDENTIFIED', filters, window)).toContain('"tier":["KEY","STRATEGIC"]');
  });
});
