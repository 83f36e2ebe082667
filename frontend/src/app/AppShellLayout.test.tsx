import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequireAuth } from '../features/auth/RequireAuth';
import { SignInPage } from '../features/auth/SignInPage';
import { makeMe } from '../test/fixtures';
import { renderRoutes, stubFetch } from '../test/render';
import { AppShellLayout } from './AppShellLayout';

vi.setConfig({ testTimeout: 20_000 });

function renderShell(me = makeMe('ADMIN')) {
  return renderRoutes(
    [
      { path: '/login', element: <SignInPage /> },
      {
        path: '/',
        element: (
          <RequireAuth>
            <AppShellLayout />
          </RequireAuth>
        ),
        children: [{ index: true, element: <p>Home</p> }],
      },
    ],
    { me },
  );
}

describe('AppShellLayout', () => {
  it('shows who is signed in and only the settings their role opens', async () => {
    stubFetch({});
    renderShell(makeMe('MANAGER'));
    expect(await screen.findByRole('button', { name: 'Account menu: Test manager, Manager' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'API tokens' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'My profile' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
  });

  it('shows admins the Users and Audit log settings', async () => {
    stubFetch({});
    renderShell(makeMe('ADMIN'));
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Users' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Audit log' })).toBeInTheDocument();
  });

  it('signs out from the menu: ends the session on the server and lands on the sign-in page', async () => {
    const calls = stubFetch({ 'POST /api/v1/auth/logout': { status: 204 }, 'GET /api/v1/me': { status: 401, body: { status: 401, title: 'Unauthorized' } } });
    const { router, queryClient } = renderShell();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Account menu: Ada Admin/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByText('You are signed out.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('');
    const logout = calls.find((c) => c.url === '/api/v1/auth/logout');
    expect(logout?.headers.get('X-CSRF-Token')).toBe('csrf-test-token');
    await waitFor(() => expect(queryClient.getQueryData(['me'])).toBeNull());
    expect(screen.queryByText('Home')).not.toBeInTheDocument();
  });

  describe('scroll position', () => {
    afterEach(() => {
      vi.restoreAllMocks();
      window.scrollY = 0;
    });

    it('opens another page at its top, and keeps the position when only the query changes (a tab, a filter)', async () => {
      stubFetch({});
      const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
      const { router } = renderRoutes(
        [
          {
            path: '/',
            element: <AppShellLayout />,
            children: [
              { path: 'accounts/new', element: <p>Form</p> },
              { path: 'accounts/a1', element: <p>Account</p> },
            ],
          },
        ],
        { me: makeMe('MANAGER'), path: '/accounts/new' },
      );
      expect(await screen.findByText('Form')).toBeInTheDocument();

      // Scrolled down to the form's buttons, the person saves and lands on the new account.
      window.scrollY = 900;
      scrollTo.mockClear();
      await act(() => router.navigate('/accounts/a1'));
      expect(await screen.findByText('Account')).toBeInTheDocument();
      expect(scrollTo).toHaveBeenLastCalledWith(0, 0);

      // On that page, a tab change moves only the query: the page stays where it is.
      window.scrollY = 600;
      scrollTo.mockClear();
      await act(() => router.navigate('/accounts/a1?tab=qbrs', { replace: true }));
      expect(scrollTo).not.toHaveBeenCalledWith(0, 0);
    });
  });
});
