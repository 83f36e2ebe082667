import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp, stubFetch } from '../../test/render';
import { makeAccount, makeMe } from '../../test/fixtures';
import { ChangeTierModal, validateOverride } from './ChangeTierModal';

const account = makeAccount({ ownerId: 'u1', ownerName: 'Dana' });

describe('ChangeTierModal', () => {
  it('requires a reason of at least 3 characters', async () => {
    const calls = stubFetch({});
    renderWithApp(<ChangeTierModal account={account} opened onClose={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /^Reason$/ }), 'ok');
    await user.click(screen.getByRole('button', { name: 'Change tier' }));
    expect(await screen.findByText('Say why, in at least 3 characters.')).toBeInTheDocument();
    // Only the promotion facts were read; nothing was sent.
    expect(calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
  }, 20_000);

  it('explains a capacity conflict in plain words', async () => {
    const calls = stubFetch({
      [`PUT /api/v1/accounts/${account.id}/tier`]: {
        status: 409,
        body: {
          type: 'urn:stratum:problem:tier-capacity',
          title: 'Tier capacity exceeded',
          status: 409,
          detail: 'Dana already holds 8 KEY accounts, the most the KEY tier allows.',
          ownerId: 'u1',
          tier: 'KEY',
          limit: 8,
        },
      },
    });
    const onClose = vi.fn();
    renderWithApp(<ChangeTierModal account={account} opened onClose={onClose} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Key' }));
    await user.type(screen.getByRole('textbox', { name: /^Reason$/ }), 'Signed a 3-year expansion');
    await user.click(screen.getByRole('textbox', { name: 'Reason code' }));
    await user.click(await screen.findByRole('option', { name: 'Revenue', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Change tier' }));

    const alert = await screen.findByRole('alert', { name: /Tier change refused/ });
    expect(alert).toHaveTextContent('Tier change refused');
    expect(alert).toHaveTextContent('Dana already holds 8 KEY accounts');
    expect(alert).toHaveTextContent('raise the limit in Settings → Tier policies');
    expect(onClose).not.toHaveBeenCalled();
    const put = calls.find((c) => c.method === 'PUT');
    expect(JSON.parse(put?.body ?? '{}')).toEqual({ tier: 'KEY', reason: 'Signed a 3-year expansion', reasonCode: 'REVENUE' });
  }, 20_000);

  const budgetRefusal = {
    [`PUT /api/v1/accounts/${account.id}/tier`]: {
      status: 409,
      body: {
        type: 'urn:stratum:problem:tier-budget',
        title: 'Tier budget reached',
        status: 409,
        detail: 'The KEY budget is 10 % of live accounts, 5 of the 50 live accounts, and 5 are KEY already.',
        tier: 'KEY',
        budget: '10 % of live accounts',
        limit: 5,
        used: 5,
        live: 50,
        maxSharePct: 10,
      },
    },
  };

  async function promote() {
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Key' }));
    await user.type(screen.getByRole('textbox', { name: /^Reason$/ }), 'Signed a 3-year expansion');
    await user.click(screen.getByRole('textbox', { name: 'Reason code' }));
    await user.click(await screen.findByRole('option', { name: 'Revenue', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Change tier' }));
    return user;
  }

  it('tells a non-admin over the budget what to do, without override fields', async () => {
    stubFetch(budgetRefusal);
    renderWithApp(<ChangeTierModal account={account} opened onClose={vi.fn()} />, { me: makeMe('MANAGER') });
    await promote();
    const alert = await screen.findByRole('alert', { name: /Tier change refused/ });
    expect(alert).toHaveTextContent(
      'The Key budget is 10 % of live accounts (5 of the 50 live accounts), and 5 are Key already, so no more accounts can be Key now.',
    );
    expect(alert).toHaveTextContent('ask an admin to override the budget for this account');
    expect(screen.queryByRole('region', { name: 'Budget override' })).not.toBeInTheDocument();
  }, 20_000);

  it('shows an admin over the budget the override fields, both required', async () => {
    const calls = stubFetch(budgetRefusal);
    renderWithApp(<ChangeTierModal account={account} opened onClose={vi.fn()} />);
    const user = await promote();
    const override = await screen.findByRole('region', { name: 'Budget override' });
    expect(screen.getByRole('alert', { name: /Tier change refused/ })).toHaveTextContent('As an admin you may let this account in anyway');
    await user.click(screen.getByRole('button', { name: 'Change tier with override' }));
    expect(await screen.findByText('Say why this account may pass the budget.')).toBeInTheDocument();
    expect(screen.getByText('Pick the day the override ends.')).toBeInTheDocument();
    expect(override).toBeInTheDocument();
    // The refused attempt was the only write.
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
  }, 20_000);
});

describe('validateOverride', () => {
  const today = '2026-11-26';
  it('needs a reason of 3 to 500 characters', () => {
    expect(validateOverride({ overrideReason: '  ', overrideExpiresOn: '2026-12-01' }, today).overrideReason).toBe('Say why this account may pass the budget.');
    expect(validateOverride({ overrideReason: 'ab', overrideExpiresOn: '2026-12-01' }, today).overrideReason).toBe('Say why in at least 3 characters.');
    expect(validateOverride({ overrideReason: 'x'.repeat(501), overrideExpiresOn: '2026-12-01' }, today).overrideReason).toBe(
      'Use at most 500 characters (now 501).',
    );
    expect(validateOverride({ overrideReason: 'Board decision', overrideExpiresOn: '2026-12-01' }, today)).toEqual({});
  });

  it('needs an expiry after today and at most 366 days ahead', () => {
    const reason = 'Board decision';
    expect(validateOverride({ overrideReason: reason, overrideExpiresOn: null }, today).overrideExpiresOn).toBe('Pick the day the override ends.');
    expect(validateOverride({ overrideReason: reason, overrideExpiresOn: today }, today).overrideExpiresOn).toBe(
      'Pick a day after today: an override must end in the future.',
    );
    expect(validateOverride({ overrideReason: reason, overrideExpiresOn: '2025-01-01' }, today).overrideExpiresOn).toBe(
      'Pick a day after today: an override must end in the future.',
    );
    expect(validateOverride({ overrideReason: reason, overrideExpiresOn: '2027-11-28' }, today).overrideExpiresOn).toBe(
      'Pick a day at most 366 days ahead (by 2027-11-27).',
    );
    expect(validateOverride({ overrideReason: reason, overrideExpiresOn: '2027-11-27' }, today)).toEqual({});
  });
});
