import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp, stubFetch } from '../../test/render';
import { makeAccount } from '../../test/fixtures';
import { AccountsListPage } from './AccountsListPage';

const base = makeAccount({
  domain: 'acme.example',
  industry: 'Retail',
  territory: 'EMEA North',
  country: 'DE',
  arr: 1234567.5,
  renewalDate: '2027-03-31',
  ownerName: 'Dana Whitfield',
  tier: 'KEY',
});

describe('AccountsListPage', () => {
  it('shows accounts with money in USD and sorts by a column on click', async () => {
    const calls = stubFetch({
      'GET /api/v1/accounts': { status: 200, body: { items: [base], nextCursor: null } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
    });
    renderWithApp(<AccountsListPage />, { path: '/accounts' });
    const table = await screen.findByRole('table', { name: 'Accounts' });
    const row = await within(table).findByRole('row', { name: /Acme/ });
    expect(row).toHaveTextContent('$1,234,567.50');
    expect(row).toHaveTextContent('Mar 31, 2027');
    expect(within(row).getByLabelText('Tier Key')).toBeInTheDocument();

    await userEvent.setup().click(within(table).getByRole('button', { name: /ARR/ }));
    await waitFor(() => expect(calls.some((c) => c.url.includes('sort=-arr%2Cname'))).toBe(true));
    expect(within(table).getByRole('columnheader', { name: /ARR/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('says so when no account matches the filters', async () => {
    stubFetch({
      'GET /api/v1/accounts': { status: 200, body: { items: [], nextCursor: null } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
    });
    renderWithApp(<AccountsListPage />, { path: '/accounts?tier=STRATEGIC' });
    expect(await screen.findByText('No account matches these filters')).toBeInTheDocument();
  });

  it('explains a failed load and offers to try again', async () => {
    stubFetch({
      'GET /api/v1/accounts': { status: 500, body: { type: 'about:blank', title: 'Internal error', status: 500, detail: 'boom' } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
    });
    renderWithApp(<AccountsListPage />, { path: '/accounts' });
    expect(await screen.findByText('Could not load accounts')).toBeInTheDocument();
    expect(screen.getByText(/server ran into a problem/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
