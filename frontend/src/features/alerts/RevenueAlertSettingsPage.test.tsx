import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeMe } from '../../test/fixtures';
import { renderWithApp, stubFetch } from '../../test/render';
import { RevenueAlertSettingsPage } from './RevenueAlertSettingsPage';

vi.setConfig({ testTimeout: 30_000 });

const policy = (tier: string) => ({
  tier,
  stoppedBuying: true,
  volumeDrop: true,
  revenueDecline: true,
  minMonthsBought: 4,
  volumeDropPct: 30,
  revenueDeclinePct: 15,
  updatedAt: '2026-01-01T00:00:00Z',
});
const settings = { policies: [policy('STANDARD'), policy('KEY'), policy('STRATEGIC')], version: 0 };

describe('RevenueAlertSettingsPage', () => {
  it('keeps a negative percentage as typed, says why and sends nothing', async () => {
    const calls = stubFetch({ 'GET /api/v1/settings/revenue-alerts': { status: 200, body: settings } });
    renderWithApp(<RevenueAlertSettingsPage />, { me: makeMe('MANAGER') });
    const user = userEvent.setup();
    const key = await screen.findByRole('region', { name: 'KEY alert policy' });
    const drop = within(key).getByRole('textbox', { name: /Volume drop/ });
    await user.clear(drop);
    await user.type(drop, '-30');
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }));
    expect(drop).toHaveValue('-30');
    expect(drop).toHaveAccessibleDescription(expect.stringContaining('Enter a number above 0, at most 100.'));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it("shows the server's refusal next to the tier's field it names", async () => {
    stubFetch({
      'GET /api/v1/settings/revenue-alerts': { status: 200, body: settings },
      'PUT /api/v1/settings/revenue-alerts': {
        status: 422,
        contentType: 'application/problem+json',
        body: {
          type: 'urn:stratum:problem:validation',
          title: 'Invalid input',
          status: 422,
          detail: 'policies[1].revenueDeclinePct: Enter a number above 0.',
          errors: [{ field: 'policies[1].revenueDeclinePct', message: 'Enter a number above 0.' }],
        },
      },
    });
    renderWithApp(<RevenueAlertSettingsPage />, { me: makeMe('MANAGER') });
    const user = userEvent.setup();
    const key = await screen.findByRole('region', { name: 'KEY alert policy' });
    const decline = within(key).getByRole('textbox', { name: /Revenue decline/ });
    await user.clear(decline);
    await user.type(decline, '12');
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }));
    expect(await within(key).findByText('Enter a number above 0.')).toBeInTheDocument();
  });

  it('is read-only for account managers', async () => {
    stubFetch({ 'GET /api/v1/settings/revenue-alerts': { status: 200, body: settings } });
    renderWithApp(<RevenueAlertSettingsPage />, { me: makeMe('ACCOUNT_MANAGER') });
    expect(await screen.findByText(/Only managers and admins change the alert thresholds/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save thresholds' })).not.toBeInTheDocument();
  });
});
