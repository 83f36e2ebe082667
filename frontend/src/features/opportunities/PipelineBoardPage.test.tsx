import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMe, USER_ID } from '../../test/fixtures';
import { renderWithApp, stubFetch } from '../../test/render';
import type { Opportunity, PipelineSummary } from './model';
import { PipelineBoardPage } from './PipelineBoardPage';

const summary: PipelineSummary = {
  from: '2026-04-01',
  to: '2026-06-30',
  stages: [{ stage: 'IDENTIFIED', count: 1, amount: 30000, weightedAmount: 3000 }],
  open: { count: 1, amount: 30000, weightedAmount: 3000 },
  won: { count: 1, amount: 50000, weightedAmount: 50000 },
  wonByType: [{ type: 'UPSELL', count: 1, amount: 50000 }],
  lost: { count: 0, amount: 0, weightedAmount: 0 },
  winRate: 100,
};

const won: Opportunity = {
  id: 'o-won',
  accountId: 'a1',
  accountName: 'Globex',
  title: 'Globex seats',
  type: 'UPSELL',
  product: null,
  nextStep: null,
  compellingEventId: null,
  stage: 'WON',
  probability: 100,
  amount: 50000,
  weightedAmount: 50000,
  closed: true,
  closedAt: '2026-05-02T10:00:00Z',
  expectedCloseDate: '2026-05-01',
  ownerId: null,
  ownerName: null,
  lossReason: null,
  lossCompetitorId: null,
  createdAt: '2026-04-02T10:00:00Z',
  updatedAt: '2026-05-02T10:00:00Z',
  version: 3,
};

const opportunityCalls = (calls: { url: string }[]) =>
  calls.filter((c) => c.url.startsWith('/api/v1/opportunities')).map((c) => new URL(c.url, 'http://x').searchParams);

describe('PipelineBoardPage', () => {
  it('asks the server for the tier and, in WON and LOST, for what closed in the summary window', async () => {
    const calls = stubFetch({
      'GET /api/v1/pipeline/summary': { status: 200, body: summary },
      'GET /api/v1/opportunities': { status: 200, body: { items: [won], nextCursor: null } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
    });
    renderWithApp(<PipelineBoardPage />, { path: '/pipeline?tier=KEY&tier=STRATEGIC' });

    await waitFor(() => expect(opportunityCalls(calls)).toHaveLength(6));
    const byStage = new Map(opportunityCalls(calls).map((q) => [q.get('stage'), q]));
    expect([...byStage.keys()].sort()).toEqual(['IDENTIFIED', 'LOST', 'NEGOTIATION', 'PROPOSAL', 'QUALIFIED', 'WON']);
    for (const [stage, q] of byStage) {
      expect(q.getAll('tier')).toEqual(['KEY', 'STRATEGIC']);
      if (stage === 'WON' || stage === 'LOST') {
        expect(q.get('closedAfter')).toBe('2026-04-01');
        expect(q.get('closedBefore')).toBe('2026-06-30');
        expect(q.get('sort')).toBe('-updatedAt');
      } else {
        expect(q.has('closedAfter')).toBe(false);
        expect(q.has('closedBefore')).toBe(false);
        expect(q.get('sort')).toBe('expectedCloseDate');
      }
    }
    const summaryCall = calls.find((c) => c.url.startsWith('/api/v1/pipeline/summary'));
    expect(new URL(summaryCall!.url, 'http://x').searchParams.getAll('tier')).toEqual(['KEY', 'STRATEGIC']);
    // The tier filter no longer needs the accounts list.
    expect(calls.some((c) => c.url.startsWith('/api/v1/accounts'))).toBe(false);

    // What the server sends is shown as is: no closed-date or tier filtering in the browser.
    const wonColumn = screen.getByTestId('column-WON');
    expect(await within(wonColumn).findByRole('article', { name: 'Globex seats' })).toBeInTheDocument();
    expect(screen.queryByText(/some cards may be missing/)).not.toBeInTheDocument();
  });

  it('keeps WON and LOST waiting for the summary window rather than loading older decisions', async () => {
    const calls = stubFetch({
      'GET /api/v1/pipeline/summary': { status: 500, body: { type: 'about:blank', title: 'Internal error', status: 500, detail: 'boom' } },
      'GET /api/v1/opportunities': { status: 200, body: { items: [], nextCursor: null } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
    });
    renderWithApp(<PipelineBoardPage />, { path: '/pipeline' });

    expect(await screen.findByText('Could not load the pipeline totals')).toBeInTheDocument();
    await waitFor(() => expect(opportunityCalls(calls)).toHaveLength(4));
    expect(
      opportunityCalls(calls)
        .map((q) => q.get('stage'))
        .sort(),
    ).toEqual(['IDENTIFIED', 'NEGOTIATION', 'PROPOSAL', 'QUALIFIED']);
    expect(within(screen.getByTestId('column-WON')).queryByText(/Nothing won/)).not.toBeInTheDocument();
  });

  it('gives drag handles only on the cards the person may move', async () => {
    const mine: Opportunity = {
      ...won,
      id: 'o-mine',
      title: 'Mine',
      stage: 'IDENTIFIED',
      probability: 10,
      closed: false,
      closedAt: null,
      ownerId: USER_ID.ACCOUNT_MANAGER,
    };
    const theirs: Opportunity = { ...mine, id: 'o-theirs', title: 'Theirs', ownerId: 'someone-else' };
    const routes = {
      'GET /api/v1/pipeline/summary': { status: 200, body: summary },
      'GET /api/v1/opportunities': { status: 200, body: { items: [mine, theirs], nextCursor: null } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
    };
    stubFetch(routes);
    const am = renderWithApp(<PipelineBoardPage />, { path: '/pipeline', me: makeMe('ACCOUNT_MANAGER') });
    const column = await screen.findByTestId('column-IDENTIFIED');
    expect(await within(column).findByRole('button', { name: 'Move Mine' })).toBeInTheDocument();
    expect(within(column).queryByRole('button', { name: 'Move Theirs' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New opportunity' })).toBeInTheDocument();
    am.unmount();

    stubFetch(routes);
    renderWithApp(<PipelineBoardPage />, { path: '/pipeline', me: makeMe('VIEWER') });
    const viewerColumn = await screen.findByTestId('column-IDENTIFIED');
    expect(await within(viewerColumn).findByRole('article', { name: 'Mine' })).toBeInTheDocument();
    expect(within(viewerColumn).queryByRole('button', { name: /^Move / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New opportunity' })).not.toBeInTheDocument();
  });
});
