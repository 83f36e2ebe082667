import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { rules } from '../../api/rules';
import { makeMe } from '../../test/fixtures';
import { renderWithApp, stubFetch } from '../../test/render';
import type { User } from './api';
import { UsersPage } from './UsersPage';

vi.setConfig({ testTimeout: 20_000 });

const admin = makeMe('ADMIN');
const dana: User = {
  id: 'u-dana',
  name: 'Dana Whitfield',
  email: 'dana@example.com',
  role: 'ACCOUNT_MANAGER',
  active: true,
  managerId: null,
  managerName: null,
  level: 'MID',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 2,
};

describe('UsersPage', () => {
  it('is for admins only', async () => {
    const calls = stubFetch({});
    renderWithApp(<UsersPage />, { me: makeMe('MANAGER') });
    expect(await screen.findByText(/Only admins manage users/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New user' })).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('creates a user with a role and a first password, checking its length first', async () => {
    const calls = stubFetch({
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
      'POST /api/v1/users': { status: 201, body: { ...dana, role: 'VIEWER' } },
    });
    renderWithApp(<UsersPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New user' }));
    const dialog = await screen.findByRole('dialog', { name: 'New user' });
    await user.type(within(dialog).getByRole('textbox', { name: /name/i }), 'Dana Whitfield');
    await user.type(within(dialog).getByRole('textbox', { name: /email/i }), 'dana@example.com');
    const role = within(dialog).getByRole('textbox', { name: /role/i });
    await user.click(role);
    // The page's role filter has its own (closed) list of the same options: pick from this field's list.
    const list = await waitFor(() => {
      const el = document.getElementById(role.getAttribute('aria-controls') ?? '');
      if (!el) throw new Error('the role list is not open');
      return el;
    });
    await user.click(within(list).getByRole('option', { name: 'Viewer', hidden: true }));
    await user.type(within(dialog).getByLabelText(/initial password/i), 'too short');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(await within(dialog).findByText('Use at least 12 characters (now 9).')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/initial password/i), ' but now long');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(JSON.parse(calls.find((c) => c.method === 'POST')?.body ?? '{}')).toEqual({
      name: 'Dana Whitfield',
      email: 'dana@example.com',
      role: 'VIEWER',
      active: true,
      managerId: null,
      level: 'MID',
      password: 'too short but now long',
    });
  });

  it('refuses a name one character over the limit with a sentence and sends nothing, and takes one at the limit', async () => {
    const max = rules.limits.NewUser.name.maxLength;
    const calls = stubFetch({
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
      'POST /api/v1/users': { status: 201, body: dana },
    });
    renderWithApp(<UsersPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New user' }));
    const dialog = await screen.findByRole('dialog', { name: 'New user' });
    const name = within(dialog).getByRole('textbox', { name: /name/i });
    await user.click(name);
    await user.paste('n'.repeat(max + 1));
    await user.type(within(dialog).getByRole('textbox', { name: /email/i }), 'dana@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(name).toHaveValue('n'.repeat(max + 1));
    expect(await within(dialog).findByText(`Use at most ${max} characters (now ${max + 1}).`)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.type(name, '{Backspace}');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(JSON.parse(calls.find((c) => c.method === 'POST')?.body ?? '{}')).toMatchObject({ name: 'n'.repeat(max) });
  });

  it('deactivates after confirming, sets someone’s password, and offers neither on your own row', async () => {
    const calls = stubFetch({
      'GET /api/v1/users': { status: 200, body: { items: [dana, { ...admin.user }], nextCursor: null } },
      'PATCH /api/v1/users/u-dana': { status: 200, body: { ...dana, active: false, version: 3 } },
      'PUT /api/v1/users/u-dana/password': { status: 204 },
    });
    renderWithApp(<UsersPage />, { me: admin });
    const table = await screen.findByRole('table', { name: 'Users' });
    const own = within(table).getByRole('row', { name: new RegExp(admin.user.name) });
    expect(own).toHaveTextContent('You');
    expect(within(own).queryByRole('button', { name: /Deactivate/ })).not.toBeInTheDocument();
    expect(within(own).queryByRole('button', { name: /Set password/ })).not.toBeInTheDocument();

    const user = userEvent.setup();
    const row = within(table).getByRole('row', { name: /Dana Whitfield/ });
    await user.click(within(row).getByRole('button', { name: 'Deactivate Dana Whitfield' }));
    const confirm = await screen.findByRole('dialog', { name: 'Deactivate Dana Whitfield?' });
    await user.click(within(confirm).getByRole('button', { name: 'Deactivate' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(JSON.parse(patch?.body ?? '{}')).toEqual({ active: false });
    expect(patch?.headers.get('If-Match')).toBe('"2"');

    await user.click(within(row).getByRole('button', { name: 'Set password for Dana Whitfield' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set a password for Dana Whitfield' });
    await user.type(within(dialog).getByLabelText(/^new password/i), 'a brand new password');
    await user.type(within(dialog).getByLabelText(/repeat/i), 'a brand new password');
    await user.click(within(dialog).getByRole('button', { name: 'Set password' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(JSON.parse(calls.find((c) => c.method === 'PUT')?.body ?? '{}')).toEqual({ newPassword: 'a brand new password' });
  });

  it('does not let an admin change their own role or deactivate themselves', async () => {
    stubFetch({ 'GET /api/v1/users': { status: 200, body: { items: [{ ...admin.user }], nextCursor: null } } });
    renderWithApp(<UsersPage />, { me: admin });
    await userEvent.setup().click(await screen.findByRole('button', { name: `Edit ${admin.user.name}` }));
    const dialog = await screen.findByRole('dialog', { name: `Edit ${admin.user.name}` });
    expect(within(dialog).getByRole('textbox', { name: /role/i })).toBeDisabled();
    expect(within(dialog).getByRole('switch', { name: /active/i })).toBeDisabled();
    expect(dialog).toHaveTextContent('Nobody can change their own role; ask another admin.');
  });

  it('takes its filters and sort from the URL and asks for several roles at once', async () => {
    const calls = stubFetch({ 'GET /api/v1/users': { status: 200, body: { items: [dana], nextCursor: null } } });
    renderWithApp(<UsersPage />, { path: '/settings/users?role=MANAGER&role=ACCOUNT_MANAGER&active=true&sort=-createdAt' });
    const table = await screen.findByRole('table', { name: 'Users' });
    const first = calls.find((c) => c.url.startsWith('/api/v1/users?'))?.url ?? '';
    expect(first).toContain('role=MANAGER&role=ACCOUNT_MANAGER');
    expect(first).toContain('active=true');
    expect(first).toContain('sort=-createdAt');
    expect(within(table).getByRole('columnheader', { name: /Since/ })).toHaveAttribute('aria-sort', 'descending');

    await userEvent.setup().click(within(table).getByRole('button', { name: /Email/ }));
    await waitFor(() => expect(calls.at(-1)?.url).toContain('sort=email'));
    expect(calls.at(-1)?.url).toContain('role=MANAGER&role=ACCOUNT_MANAGER');
  });
});
