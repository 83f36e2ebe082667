import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp, stubFetch } from '../../test/render';
import type { Opportunity } from './model';
import { SplitsCard } from './SplitsCard';

const o: Opportunity = {
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
  lossReason: null,
  lossCompetitorId: null,
  closed: false,
  closedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-03-01T00:00:00Z',
  version: 4,
};

const path = `/api/v1/opportunities/${o.id}/splits`;
const current = {
  opportunityId: o.id,
  splits: [
    { userId: 'u1', userName: 'Dana', sharePct: 60 },
    { userId: 'u2', userName: 'Sam', sharePct: 40 },
  ],
};

describe('SplitsCard', () => {
  it('checks the sum before saving and shows the API refusal at its row', async () => {
    const calls = stubFetch({
      [`GET ${path}`]: { status: 200, body: current },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null, total: 0, totalIsEstimate: false } },
      [`PUT ${path}`]: {
        status: 422,
        body: {
          type: 'urn:stratum:problem:validation',
          title: 'Validation failed',
          status: 422,
          detail: 'splits[1].userId: No active user',
          errors: [{ field: 'splits[1].userId', message: 'No active user has the id u2; pick a current team member.' }],
        },
      },
    });
    renderWithApp(<SplitsCard o={o} canEdit />);
    const table = await screen.findByRole('table', { name: 'Credit splits' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Dana');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit splits' }));
    const second = screen.getByRole('group', { name: 'Split 2' });
    const share = within(second).getByRole('textbox', { name: /Share/ });
    await user.clear(share);
    await user.type(share, '30');
    await user.click(screen.getByRole('button', { name: 'Save splits' }));
    expect(await screen.findByText('The shares add up to 90 %; make them add up to exactly 100 % (10 % is left to give).')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    await user.clear(share);
    await user.type(share, '40');
    await user.click(screen.getByRole('button', { name: 'Save splits' }));
    expect(await within(second).findByText('No active user has the id u2; pick a current team member.')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT');
    expect(JSON.parse(put?.body ?? '{}')).toEqual({
      splits: [
        { userId: 'u1', sharePct: 60 },
        { userId: 'u2', sharePct: 40 },
      ],
    });
  }, 30_000);
});
