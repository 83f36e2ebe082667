import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeMe } from '../../test/fixtures';
import { renderWithApp, stubFetch } from '../../test/render';
import { AccountsListPage } from './AccountsListPage';
import { NewAccountPage } from './NewAccountPage';

vi.setConfig({ testTimeout: 20_000 });

const empty = { status: 200, body: { items: [], nextCursor: null } };

describe('what each role is offered on accounts', () => {
  it('a viewer gets no “New account”, and the form’s address explains why', async () => {
    stubFetch({ 'GET /api/v1/accounts': empty, 'GET /api/v1/users': empty });
    renderWithApp(<AccountsListPage />, { path: '/accounts', me: makeMe('VIEWER') });
    expect(await screen.findByText('No accounts yet')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New account' })).not.toBeInTheDocument();
    expect(screen.getByText(/once a manager or account manager creates them/)).toBeInTheDocument();
  });

  it('a viewer opening /accounts/new is refused', async () => {
    stubFetch({});
    renderWithApp(<NewAccountPage />, { path: '/accounts/new', me: makeMe('VIEWER') });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your role (viewer) cannot create accounts.');
    expect(screen.queryByRole('button', { name: 'Create account' })).not.toBeInTheDocument();
  });

  it('an account manager creates a Standard account owned by themselves', async () => {
    const me = makeMe('ACCOUNT_MANAGER');
    stubFetch({ 'GET /api/v1/users': empty, 'GET /api/v1/accounts': empty });
    renderWithApp(<NewAccountPage />, { path: '/accounts/new', me });
    const owner = await screen.findByRole('textbox', { name: /owner/i });
    expect(owner).toBeDisabled();
    expect(owner).toHaveValue(me.user.name);
    expect(screen.getByRole('textbox', { name: /tier/i })).toBeDisabled();
    expect(screen.getByText('Key and Strategic tiers are a manager’s decision.')).toBeInTheDocument();
  });
});
