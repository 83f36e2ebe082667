import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp, stubFetch } from '../../test/render';
import { SnoozedFlags } from './SnoozedFlags';

const snooze = {
  accountId: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  accountName: 'Northwind Logistics',
  ownerId: 'u1',
  ownerName: 'Dana',
  flag: 'QBR_OVERDUE',
  reason: 'Customer is in a merger; the QBR is booked after it closes.',
  endsOn: '2026-12-15',
  active: true,
  snoozedBy: 'u2',
  snoozedByName: 'Morgan Lead',
  snoozedAt: '2026-11-20T09:30:00Z',
};

describe('SnoozedFlags', () => {
  it('lists the snoozes with who and until when, pages, and ends one', async () => {
    const calls = stubFetch({
      'GET /api/v1/risk-snoozes': { status: 200, body: { items: [snooze], nextCursor: 'next', total: 21, totalIsEstimate: false } },
      [`DELETE /api/v1/accounts/${snooze.accountId}/risk-flags/QBR_OVERDUE/snooze`]: { status: 204 },
    });
    renderWithApp(<SnoozedFlags ownerId={['u1']} />);
    const table = await screen.findByRole('table', { name: 'Snoozed flags' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Northwind Logistics');
    expect(row).toHaveTextContent('Morgan Lead');
    expect(row).toHaveTextContent('merger');
    expect(screen.getByText(/21 snoozed flags/)).toBeInTheDocument();
    const list = calls.find((c) => c.url.startsWith('/api/v1/risk-snoozes'));
    expect(list?.url).toContain('active=true');
    expect(list?.url).toContain('ownerId=u1');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await screen.findByText(/Page 2/);
    expect(calls.filter((c) => c.url.includes('cursor=next'))).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: /Unsnooze .* on Northwind Logistics/ }));
    await screen.findByText(/counts again for Northwind Logistics/);
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
  }, 20_000);

  it('says in a sentence when ending a snooze was refused', async () => {
    stubFetch({
      'GET /api/v1/risk-snoozes': { status: 200, body: { items: [snooze], nextCursor: null, total: 1, totalIsEstimate: false } },
      [`DELETE /api/v1/accounts/${snooze.accountId}/risk-flags/QBR_OVERDUE/snooze`]: {
        status: 403,
        body: { type: 'urn:stratum:problem:forbidden', title: 'Forbidden', status: 403, detail: 'You may change only accounts you own.' },
      },
    });
    renderWithApp(<SnoozedFlags ownerId={[]} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Unsnooze/ }));
    const alert = await screen.findByRole('alert', { name: /Not unsnoozed/ });
    expect(alert).toHaveTextContent('was not ended. You may change only accounts you own.');
  }, 20_000);
});
