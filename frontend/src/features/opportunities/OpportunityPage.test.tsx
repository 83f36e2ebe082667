import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes, stubFetch } from '../../test/render';
import { makeMe } from '../../test/fixtures';
import type { Opportunity, StageChange } from './model';
import { OpportunityPage } from './OpportunityPage';

vi.setConfig({ testTimeout: 20_000 });

const reopened: Opportunity = {
  id: '5b0c0000-0000-4000-8000-000000000001',
  accountId: '7d3f1c1e-0000-4000-8000-000000000001',
  accountName: 'Acme',
  type: 'UPSELL',
  title: 'Analytics add-on',
  product: null,
  amount: 48000,
  stage: 'QUALIFIED',
  probability: 25,
  weightedAmount: 12000,
  expectedCloseDate: '2031-06-30',
  ownerId: null,
  ownerName: null,
  nextStep: null,
  compellingEventId: null,
  lossReason: 'Chose a competitor on price',
  lossCompetitorId: null,
  closed: false,
  closedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-03-01T00:00:00Z',
  version: 4,
};

const change = (over: Partial<StageChange>): StageChange => ({
  id: crypto.randomUUID(),
  fromStage: null,
  toStage: 'IDENTIFIED',
  note: null,
  lossReason: null,
  changedBy: 'Ada Admin',
  changedAt: '2026-01-01T00:00:00Z',
  ...over,
});

function render(o: Opportunity, history: StageChange[], path = `/opportunities/${o.id}`) {
  const calls = stubFetch({
    [`GET /api/v1/opportunities/${o.id}`]: { status: 200, body: o },
    [`GET /api/v1/opportunities/${o.id}/history`]: { status: 200, body: { items: history, nextCursor: null } },
  });
  renderRoutes([{ path: '/opportunities/:id', element: <OpportunityPage /> }], { path, me: makeMe('MANAGER') });
  return calls;
}

describe('OpportunityPage: nothing about a loss is lost', () => {
  it('shows each close with its loss reason in the stage history, and a reopened opportunity says why it was lost last time', async () => {
    render(reopened, [
      change({ fromStage: 'LOST', toStage: 'QUALIFIED', note: 'Their new CFO wants to talk again', changedAt: '2026-03-01T00:00:00Z' }),
      change({ fromStage: 'PROPOSAL', toStage: 'LOST', lossReason: 'Chose a competitor on price', note: 'Call on Friday', changedAt: '2026-02-01T00:00:00Z' }),
      change({ toStage: 'PROPOSAL' }),
    ]);
    expect(await screen.findByText('Lost last time because')).toBeInTheDocument();
    expect(screen.getAllByText('Chose a competitor on price').length).toBeGreaterThan(0);

    const history = await screen.findByRole('table', { name: 'Stage history' });
    const rows = within(history).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Their new CFO wants to talk again');
    expect(rows[2]).toHaveTextContent('Lost because: Chose a competitor on price');
    expect(rows[2]).toHaveTextContent('Call on Friday');
  });

  it('asks the server for the history page its URL names', async () => {
    const calls = render({ ...reopened, lossReason: null }, [change({})], `/opportunities/${reopened.id}?history.page=2&history.cursor=h2`);
    expect(await screen.findByRole('table', { name: 'Stage history' })).toBeInTheDocument();
    expect(calls.find((c) => c.url.includes('/history'))?.url).toContain('cursor=h2');
    expect(screen.queryByText('Lost last time because')).not.toBeInTheDocument();
  });
});
