import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp, stubFetch } from '../../test/render';
import { makeAccount } from '../../test/fixtures';
import { ChangeTierModal } from './ChangeTierModal';

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
  });

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
});
