import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeMe } from '../../test/fixtures';
import { renderWithApp, stubFetch } from '../../test/render';
import { CompanySettingsPage, validateCompanySettings } from './CompanySettingsPage';

vi.setConfig({ testTimeout: 30_000 });

const settings = { companyName: 'Acme Software', currency: 'EUR', grrThresholdPct: 100, version: 4, updatedAt: '2026-01-01T00:00:00Z' };
const routes = {
  'GET /api/v1/settings': { status: 200, body: settings },
  'GET /api/v1/settings/email': { status: 200, body: { configured: false, fromAddress: null } },
};

describe('CompanySettingsPage', () => {
  it('refuses a currency that is not three capital letters and a threshold outside 0 to 100, in whole sentences', () => {
    const ok = { companyName: 'Acme', currency: 'USD', grrThresholdPct: 95.5 };
    expect(validateCompanySettings(ok)).toEqual({});
    expect(validateCompanySettings({ ...ok, currency: 'usd', grrThresholdPct: 101 })).toEqual({
      currency: 'Use a three-letter ISO 4217 currency code in capitals, such as EUR or USD.',
      grrThresholdPct: 'Enter a number from 0 to 100.',
    });
    expect(validateCompanySettings({ ...ok, currency: 'EURO', grrThresholdPct: '' })).toEqual({
      currency: 'Use a three-letter ISO 4217 currency code in capitals, such as EUR or USD.',
      grrThresholdPct: 'Enter the threshold in percent, from 0 to 100.',
    });
    expect(validateCompanySettings({ ...ok, grrThresholdPct: '99.999' })).toEqual({ grrThresholdPct: 'Use at most 2 decimals.' });
  });

  it('keeps a bad threshold as typed, says why and sends nothing; a good one is saved as typed', async () => {
    const calls = stubFetch({ ...routes, 'PUT /api/v1/settings': { status: 200, body: { ...settings, grrThresholdPct: 97.5, version: 5 } } });
    renderWithApp(<CompanySettingsPage />, { me: makeMe('ADMIN') });
    const user = userEvent.setup();
    const threshold = await screen.findByRole('textbox', { name: /Gross revenue retention threshold/ });
    await waitFor(() => expect(threshold).toHaveValue('100'));
    await user.clear(threshold);
    await user.type(threshold, '120');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(threshold).toHaveValue('120');
    expect(threshold).toHaveAccessibleDescription(expect.stringContaining('Enter a number from 0 to 100.'));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    await user.clear(threshold);
    await user.type(threshold, '97.5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    const put = calls.find((c) => c.method === 'PUT');
    expect(JSON.parse(put?.body ?? '{}')).toEqual({ companyName: 'Acme Software', currency: 'EUR', grrThresholdPct: 97.5 });
    expect(put?.headers.get('If-Match')).toBe('"4"');
  });
});
