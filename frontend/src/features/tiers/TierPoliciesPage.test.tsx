import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp, stubFetch } from '../../test/render';
import { TierPoliciesPage, validatePolicy } from './TierPoliciesPage';

// Typing into Mantine inputs under jsdom is slow when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 30_000 });

const policies = {
  items: [
    {
      tier: 'STANDARD',
      maxAccountsPerOwner: null,
      qbrCadenceDays: 180,
      minDecisionContacts: 0,
      minBusinessUnits: 0,
      renewalLeadDays: 90,
      version: 0,
      updatedAt: '2026-01-01T00:00:00Z',
    },
    {
      tier: 'KEY',
      maxAccountsPerOwner: 8,
      qbrCadenceDays: 90,
      minDecisionContacts: 1,
      minBusinessUnits: 1,
      renewalLeadDays: 120,
      version: 0,
      updatedAt: '2026-01-01T00:00:00Z',
    },
    {
      tier: 'STRATEGIC',
      maxAccountsPerOwner: 3,
      qbrCadenceDays: 30,
      minDecisionContacts: 2,
      minBusinessUnits: 2,
      renewalLeadDays: 180,
      version: 0,
      updatedAt: '2026-01-01T00:00:00Z',
    },
  ],
  nextCursor: null,
};

describe('TierPoliciesPage', () => {
  it('keeps a negative limit and cadence as typed, says why and sends nothing', async () => {
    const calls = stubFetch({ 'GET /api/v1/tier-policies': { status: 200, body: policies } });
    renderWithApp(<TierPoliciesPage />);
    const user = userEvent.setup();
    const card = await screen.findByRole('region', { name: 'Strategic tier policy' });
    const limit = within(card).getByRole('textbox', { name: 'Max accounts per owner' });
    const cadence = within(card).getByRole('textbox', { name: /QBR cadence/ });
    await user.clear(limit);
    await user.type(limit, '-1');
    await user.clear(cadence);
    await user.type(cadence, '-5');
    await user.tab();
    await user.click(within(card).getByRole('button', { name: 'Save Strategic' }));

    expect(limit).toHaveValue('-1');
    expect(cadence).toHaveValue('-5');
    expect(limit).toHaveAccessibleDescription(expect.stringContaining('Enter a whole number from 0 to 10,000. Leave it empty for no limit.'));
    expect(cadence).toHaveAccessibleDescription(expect.stringContaining('Enter a whole number from 1 to 730.'));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('takes an empty touch cadence as none and refuses one outside 1 to 730 days', () => {
    const base = { maxAccountsPerOwner: '', qbrCadenceDays: 90, minDecisionContacts: 0, minBusinessUnits: 0, renewalLeadDays: 90 };
    expect(validatePolicy({ ...base, touchCadenceDays: '' })).toEqual({});
    expect(validatePolicy({ ...base, touchCadenceDays: 21 })).toEqual({});
    expect(validatePolicy({ ...base, touchCadenceDays: 0 })).toEqual({
      touchCadenceDays: 'Enter a whole number from 1 to 730. Leave it empty for no touch cadence.',
    });
    expect(validatePolicy({ ...base, touchCadenceDays: 731 })).toEqual({
      touchCadenceDays: 'Enter a whole number from 1 to 730. Leave it empty for no touch cadence.',
    });
  });

  it('asks for both coverage numbers, whole and within the server limits', () => {
    const base = { maxAccountsPerOwner: '', qbrCadenceDays: 90, touchCadenceDays: '', renewalLeadDays: 90 };
    expect(validatePolicy({ ...base, minDecisionContacts: '', minBusinessUnits: -1 })).toEqual({
      minDecisionContacts: 'Enter how many decision-role contacts the tier needs; 0 for none.',
      minBusinessUnits: 'Enter a whole number from 0 to 100.',
    });
    expect(validatePolicy({ ...base, minDecisionContacts: 1.5, minBusinessUnits: 101 })).toEqual({
      minDecisionContacts: 'Enter a whole number, without decimals.',
      minBusinessUnits: 'Enter a whole number from 0 to 100.',
    });
  });

  it('accepts 0 as a limit and an empty limit as unlimited, within the server limits', () => {
    const coverage = { minDecisionContacts: 2, minBusinessUnits: 0, touchCadenceDays: '', renewalLeadDays: 120 };
    expect(validatePolicy({ maxAccountsPerOwner: 0, qbrCadenceDays: 30, ...coverage })).toEqual({});
    expect(validatePolicy({ maxAccountsPerOwner: '', qbrCadenceDays: 730, ...coverage })).toEqual({});
    expect(validatePolicy({ maxAccountsPerOwner: 2.5, qbrCadenceDays: '', ...coverage })).toEqual({
      maxAccountsPerOwner: 'Enter a whole number, without decimals. Leave it empty for no limit.',
      qbrCadenceDays: 'Enter the number of days between QBRs.',
    });
  });

  it('asks for a renewal lead time from 0 to 730 days, never clamping it', () => {
    const base = { maxAccountsPerOwner: '', qbrCadenceDays: 90, minDecisionContacts: 0, minBusinessUnits: 0, touchCadenceDays: '' };
    expect(validatePolicy({ ...base, renewalLeadDays: 0 })).toEqual({});
    expect(validatePolicy({ ...base, renewalLeadDays: '' })).toEqual({
      renewalLeadDays: 'Enter how many days before the notice period a renewal opens; 0 for none.',
    });
    expect(validatePolicy({ ...base, renewalLeadDays: 731 })).toEqual({ renewalLeadDays: 'Enter a whole number from 0 to 730.' });
  });
});
