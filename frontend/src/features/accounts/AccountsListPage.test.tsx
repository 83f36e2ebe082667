import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes, renderWithApp, stubFetch } from '../../test/render';
import { makeAccount, makeMe } from '../../test/fixtures';
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

vi.setConfig({ testTimeout: 20_000 });

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

  it('downloads the filtered list as CSV: the same filters and sort, every page, no cursor', async () => {
    stubFetch({
      'GET /api/v1/accounts': { status: 200, body: { items: [base], nextCursor: 'next' } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
    });
    renderWithApp(<AccountsListPage />, { path: '/accounts?tier=KEY&tier=STRATEGIC&q=acme&sort=-arr&cursor=abc&page=2' });
    const link = await screen.findByRole('link', { name: 'Download CSV' });
    const url = new URL(link.getAttribute('href') ?? '', 'http://localhost');
    expect(url.pathname).toBe('/api/v1/accounts');
    expect(url.searchParams.getAll('tier')).toEqual(['KEY', 'STRATEGIC']);
    expect(url.searchParams.get('q')).toBe('acme');
    expect(url.searchParams.get('sort')).toBe('-arr');
    expect(url.searchParams.get('archived')).toBe('false');
    expect(url.searchParams.get('format')).toBe('csv');
    expect(url.searchParams.has('cursor')).toBe(false);
    expect(url.searchParams.has('limit')).toBe(false);
    expect(link).toHaveAttribute('download');
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

  it('opens page 2 from its URL, as after a reload, and writes each page change into the URL', async () => {
    const calls = stubFetch({
      'GET /api/v1/accounts': { status: 200, body: { items: [makeAccount({ name: 'Page two account' })], nextCursor: 'c3' } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
    });
    const { router } = renderRoutes([{ path: '/accounts', element: <AccountsListPage /> }], {
      path: '/accounts?tier=KEY&page=2&cursor=c2',
      me: makeMe(),
    });
    expect(await screen.findByText('Page two account')).toBeInTheDocument();
    expect(screen.getByText(/^Page 2 ·/)).toBeInTheDocument();
    const listCalls = () => calls.filter((c) => c.url.startsWith('/api/v1/accounts?'));
    expect(listCalls()[0]?.url).toContain('cursor=c2');
    expect(listCalls()[0]?.url).toContain('tier=KEY');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tier=KEY&page=3&cursor=c3&prev=c2'));
    await waitFor(() => expect(listCalls().at(-1)?.url).toContain('cursor=c3'));

    await user.click(await screen.findByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tier=KEY&page=2&cursor=c2'));
    await user.click(await screen.findByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tier=KEY'));
    await waitFor(() => expect(listCalls().at(-1)?.url).not.toContain('cursor='));
  });

  it('has an Archived view where each archived account can be restored', async () => {
    const archived = makeAccount({ name: 'Old Corp', archived: true });
    const calls = stubFetch({
      'GET /api/v1/accounts': { status: 200, body: { items: [archived], nextCursor: null } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
      [`POST /api/v1/accounts/${archived.id}/restore`]: { status: 200, body: { ...archived, archived: false } },
    });
    const { router } = renderRoutes([{ path: '/accounts', element: <AccountsListPage /> }], { path: '/accounts', me: makeMe('MANAGER') });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Archived' }));
    await waitFor(() => expect(router.state.location.search).toBe('?archived=true'));
    await waitFor(() => expect(calls.some((c) => c.url.includes('archived=true'))).toBe(true));

    const row = await within(screen.getByRole('table', { name: 'Accounts' })).findByRole('row', { name: /Old Corp/ });
    await user.click(within(row).getByRole('button', { name: 'Restore Old Corp' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === `/api/v1/accounts/${archived.id}/restore`)).toBe(true));
    expect(await screen.findByText('Old Corp is back in the account list.')).toBeInTheDocument();
  });

  it('says why an account was not restored', async () => {
    const archived = makeAccount({ name: 'Old Corp', archived: true, domain: 'old.example' });
    stubFetch({
      'GET /api/v1/accounts': { status: 200, body: { items: [archived], nextCursor: null } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
      [`POST /api/v1/accounts/${archived.id}/restore`]: {
        status: 409,
        body: {
          type: 'about:blank',
          title: 'Domain taken',
          status: 409,
          detail: 'Another live account uses the domain old.example; change one of them first.',
        },
      },
    });
    renderWithApp(<AccountsListPage />, { path: '/accounts?archived=true', me: makeMe('MANAGER') });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Restore Old Corp' }));
    expect(await screen.findByText(/Another live account uses the domain old.example/)).toBeInTheDocument();
  });

  it('offers no Restore to someone who may not change the account', async () => {
    stubFetch({
      'GET /api/v1/accounts': { status: 200, body: { items: [makeAccount({ name: 'Old Corp', archived: true })], nextCursor: null } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
    });
    renderWithApp(<AccountsListPage />, { path: '/accounts?archived=true', me: makeMe('VIEWER') });
    expect(await screen.findByText('Old Corp')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Restore/ })).not.toBeInTheDocument();
  });
});
