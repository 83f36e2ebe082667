import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeAccount, makeMe, USER_ID } from '../../test/fixtures';
import { renderRoutes, stubFetch } from '../../test/render';
import { AccountPage } from './AccountPage';

vi.setConfig({ testTimeout: 20_000 });

const empty = { status: 200, body: { items: [], nextCursor: null } };
const OTHER = '11111111-1111-4111-8111-111111111111';

function renderAccount(ownerId: string, role: Parameters<typeof makeMe>[0], extra: Parameters<typeof stubFetch>[0] = {}) {
  const account = makeAccount({ ownerId, ownerName: 'Someone' });
  const calls = stubFetch({
    [`GET /api/v1/accounts/${account.id}`]: { status: 200, body: account },
    [`GET /api/v1/accounts/${account.id}/tier-history`]: empty,
    ...extra,
  });
  renderRoutes([{ path: '/accounts/:id', element: <AccountPage /> }], { path: `/accounts/${account.id}`, me: makeMe(role) });
  return { account, calls };
}

describe('what each role may change on an account page', () => {
  it('a manager may edit, change the tier and archive any account', async () => {
    renderAccount(OTHER, 'MANAGER');
    expect(await screen.findByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change tier' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Archive' })).toBeInTheDocument();
  });

  it('an account manager edits their own account but leaves tiers to managers', async () => {
    renderAccount(USER_ID.ACCOUNT_MANAGER, 'ACCOUNT_MANAGER');
    expect(await screen.findByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change tier' })).not.toBeInTheDocument();
  });

  it('an account manager cannot change someone else’s account', async () => {
    renderAccount(OTHER, 'ACCOUNT_MANAGER');
    expect(await screen.findByRole('heading', { name: 'Acme', level: 2 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
  });

  it('shows the server’s reason when it refuses anyway (403)', async () => {
    const { account } = renderAccount(USER_ID.ACCOUNT_MANAGER, 'ACCOUNT_MANAGER', {
      'DELETE /api/v1/accounts/7d3f1c1e-0000-4000-8000-000000000001': {
        status: 403,
        body: { type: 'urn:stratum:problem:forbidden', title: 'Forbidden', status: 403, detail: 'Account managers can change only the accounts they own.' },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: `Archive ${account.name}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Archive account' }));
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent('Account managers can change only the accounts they own.'));
  });
});

describe('restoring an archived account', () => {
  function renderArchived(restore: { status: number; body: unknown }) {
    const account = makeAccount({ ownerId: USER_ID.ACCOUNT_MANAGER, ownerName: 'Dana', archived: true });
    const calls = stubFetch({
      [`GET /api/v1/accounts/${account.id}`]: { status: 200, body: account },
      [`GET /api/v1/accounts/${account.id}/tier-history`]: empty,
      [`POST /api/v1/accounts/${account.id}/restore`]: restore,
    });
    renderRoutes([{ path: '/accounts/:id', element: <AccountPage /> }], { path: `/accounts/${account.id}`, me: makeMe('ACCOUNT_MANAGER') });
    return { account, calls };
  }

  it('offers a manager Restore but no tier change, which an archived account cannot have', async () => {
    const account = makeAccount({ ownerId: OTHER, ownerName: 'Dana', archived: true });
    stubFetch({ [`GET /api/v1/accounts/${account.id}`]: { status: 200, body: account }, [`GET /api/v1/accounts/${account.id}/tier-history`]: empty });
    renderRoutes([{ path: '/accounts/:id', element: <AccountPage /> }], { path: `/accounts/${account.id}`, me: makeMe('MANAGER') });
    expect(await screen.findByRole('button', { name: 'Restore' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change tier' })).not.toBeInTheDocument();
  });

  it('offers Restore instead of Archive and restores on click', async () => {
    const { account, calls } = renderArchived({ status: 200, body: makeAccount({ ownerId: USER_ID.ACCOUNT_MANAGER, archived: false }) });
    const user = userEvent.setup();
    expect(screen.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Restore' }));
    expect(await screen.findByText(`${account.name} is back in the account list.`)).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST' && c.url === `/api/v1/accounts/${account.id}/restore`)).toBe(true);
  });

  it('says why when the server refuses (the domain was taken meanwhile)', async () => {
    const detail = "Another account, Acme Holdings, already has the domain acme.example; use another domain, or change Acme Holdings's first.";
    renderArchived({ status: 409, body: { type: 'urn:stratum:problem:duplicate', title: 'Duplicate value', status: 409, detail } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Not restored')).toBeInTheDocument();
    expect(screen.getByText(detail)).toBeInTheDocument();
  });
});
