import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { rules } from '../../api/rules';
import { makeMe } from '../../test/fixtures';
import { renderWithApp, stubFetch } from '../../test/render';
import type { ApiToken } from './api';
import { ApiTokensPage } from './ApiTokensPage';

vi.setConfig({ testTimeout: 20_000 });

const SECRET = 'stm_Q3x9LkPaVb2hT8sWmYc4Rn7JdE1uGf6KzXo0Ai5Ql';

const token: ApiToken = {
  id: 't1',
  name: 'Billing sync',
  prefix: 'stm_Q3x9LkPa',
  scopes: ['accounts:read'],
  userId: 'u1',
  userName: 'Dana Whitfield',
  createdAt: '2026-05-01T10:00:00Z',
  lastUsedAt: null,
  expiresAt: null,
  expired: false,
};

describe('ApiTokensPage', () => {
  it('offers only the scopes the role has', async () => {
    stubFetch({ 'GET /api/v1/api-tokens': { status: 200, body: { items: [], nextCursor: null } } });
    renderWithApp(<ApiTokensPage />, { me: makeMe('VIEWER') });
    expect(await screen.findByText('No API tokens yet')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'New API token' }));
    const dialog = await screen.findByRole('dialog', { name: 'New API token' });
    const boxes = within(dialog).getAllByRole('checkbox');
    expect(boxes.map((b) => b.getAttribute('value'))).toEqual([
      'accounts:read',
      'surveys:read',
      'opportunities:read',
      'contacts:read',
      'activities:read',
      'tasks:read',
      'events:read',
      'revenue:read',
    ]);
    // A viewer's list is their own: no user column.
    expect(screen.queryByRole('columnheader', { name: 'User' })).not.toBeInTheDocument();
  });

  it('shows a new token once, with a warning, and keeps no copy after the dialog closes', async () => {
    const calls = stubFetch({
      'GET /api/v1/api-tokens': { status: 200, body: { items: [], nextCursor: null } },
      'POST /api/v1/api-tokens': { status: 201, body: { token: SECRET, apiToken: token } },
    });
    const { queryClient } = renderWithApp(<ApiTokensPage />, { me: makeMe('ACCOUNT_MANAGER') });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New API token' }));
    const dialog = await screen.findByRole('dialog', { name: 'New API token' });
    expect(within(dialog).queryByRole('checkbox', { name: 'admin' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('checkbox', { name: 'webhooks:admin' })).not.toBeInTheDocument();

    // Nothing is sent without a name and a scope.
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    expect(await within(dialog).findByText(/Pick at least one scope/)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /name/i }), 'Billing sync');
    await user.click(within(dialog).getByRole('checkbox', { name: 'accounts:read' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));

    const secret = await screen.findByRole('dialog', { name: 'Copy your new API token' });
    expect(secret).toHaveTextContent('Shown only this once');
    expect(within(secret).getByRole('textbox', { name: /API token/ })).toHaveValue(SECRET);
    expect(within(secret).getByRole('button', { name: 'Copy token' })).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(JSON.parse(post?.body ?? '{}')).toEqual({ name: 'Billing sync', scopes: ['accounts:read'] });
    expect(post?.headers.get('X-CSRF-Token')).toBe('csrf-test-token');

    await user.click(within(secret).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Copy your new API token' })).not.toBeInTheDocument());
    expect(document.body.innerHTML).not.toContain(SECRET);
    // Neither the query cache nor the mutation cache keeps the secret.
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).not.toContain(SECRET);
    expect(
      JSON.stringify(
        queryClient
          .getMutationCache()
          .getAll()
          .map((m) => m.state.data),
      ),
    ).not.toContain(SECRET);
  });

  it('keeps a typed expiry day that has passed, says why and sends nothing (never a token that does not expire)', async () => {
    const calls = stubFetch({ 'GET /api/v1/api-tokens': { status: 200, body: { items: [], nextCursor: null } } });
    renderWithApp(<ApiTokensPage />, { me: makeMe('ACCOUNT_MANAGER') });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New API token' }));
    const dialog = await screen.findByRole('dialog', { name: 'New API token' });
    await user.type(within(dialog).getByRole('textbox', { name: /name/i }), 'Billing sync');
    await user.click(within(dialog).getByRole('checkbox', { name: 'accounts:read' }));
    const expires = within(dialog).getByRole('textbox', { name: /Expires on/ });
    await user.type(expires, '2020-01-01');
    await user.tab();
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));

    expect(expires).toHaveValue('2020-01-01');
    await waitFor(() => expect(expires).toHaveAttribute('aria-invalid', 'true'));
    expect(expires).toHaveAccessibleDescription(expect.stringContaining('Pick a day after today, or leave empty for no expiry.'));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('refuses a name one character over the limit with a sentence and sends nothing, and takes one at the limit', async () => {
    const max = rules.limits.ApiTokenInput.name.maxLength;
    const calls = stubFetch({
      'GET /api/v1/api-tokens': { status: 200, body: { items: [], nextCursor: null } },
      'POST /api/v1/api-tokens': { status: 201, body: { token: SECRET, apiToken: { ...token, name: 'n'.repeat(max) } } },
    });
    renderWithApp(<ApiTokensPage />, { me: makeMe('ACCOUNT_MANAGER') });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New API token' }));
    const dialog = await screen.findByRole('dialog', { name: 'New API token' });
    const name = within(dialog).getByRole('textbox', { name: /name/i });
    await user.click(name);
    await user.paste('n'.repeat(max + 1));
    await user.click(within(dialog).getByRole('checkbox', { name: 'accounts:read' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    expect(name).toHaveValue('n'.repeat(max + 1));
    await waitFor(() => expect(name).toHaveAccessibleDescription(expect.stringContaining(`Use at most ${max} characters (now ${max + 1}).`)));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.type(name, '{Backspace}');
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(JSON.parse(calls.find((c) => c.method === 'POST')?.body ?? '{}')).toMatchObject({ name: 'n'.repeat(max) });
  });

  it('lets an admin see whose tokens they are and revoke one after confirming', async () => {
    const calls = stubFetch({
      'GET /api/v1/api-tokens': { status: 200, body: { items: [token], nextCursor: null } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
      'DELETE /api/v1/api-tokens/t1': { status: 204 },
    });
    renderWithApp(<ApiTokensPage />, { me: makeMe('ADMIN') });
    const table = await screen.findByRole('table', { name: 'API tokens' });
    const row = await within(table).findByRole('row', { name: /Billing sync/ });
    expect(within(table).getByRole('columnheader', { name: 'User' })).toBeInTheDocument();
    expect(row).toHaveTextContent('Dana Whitfield');
    expect(row).toHaveTextContent('stm_Q3x9LkPa…');
    expect(row).toHaveTextContent('Never');

    const user = userEvent.setup();
    await user.click(within(row).getByRole('button', { name: 'Revoke Billing sync' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revoke “Billing sync”?' });
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: 'Revoke token' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.url === '/api/v1/api-tokens/t1')).toBe(true));
  });
});
