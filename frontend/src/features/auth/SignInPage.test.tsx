import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet, useLocation, type RouteObject } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { api, must } from '../../api/client';
import { ApiError, parseProblem } from '../../api/problem';
import { makeMe } from '../../test/fixtures';
import { renderRoutes, stubFetch } from '../../test/render';
import { RequireAuth } from './RequireAuth';
import { retryAfterSeconds, safeNext, SignInPage, signInFailureMessage } from './SignInPage';

vi.setConfig({ testTimeout: 20_000 });

/** A guarded page that reads from the API, like every app page. */
function AccountsProbe() {
  const location = useLocation();
  const accounts = useQuery({ queryKey: ['probe'], queryFn: async () => must(await api.GET('/api/v1/accounts')) });
  return (
    <p>
      Accounts page at {location.pathname}
      {location.search} {accounts.isSuccess ? 'loaded' : ''}
    </p>
  );
}

const routes: RouteObject[] = [
  { path: '/login', element: <SignInPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Outlet />
      </RequireAuth>
    ),
    children: [{ path: 'accounts', element: <AccountsProbe /> }],
  },
];

const unauthorized = {
  status: 401,
  body: { type: 'urn:stratum:problem:unauthenticated', title: 'Unauthorized', status: 401, detail: 'Sign in or send an API token.' },
};

async function signIn(email = 'ada@example.com', password = 'a long enough password') {
  const user = userEvent.setup();
  await user.type(await screen.findByRole('textbox', { name: /email/i }), email);
  await user.type(screen.getByLabelText(/password/i), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in and the route guard', () => {
  it('sends a signed-out visitor to sign in, then back to the page they asked for', async () => {
    const me = makeMe('MANAGER');
    const calls = stubFetch({
      'GET /api/v1/me': unauthorized,
      'POST /api/v1/auth/login': { status: 200, body: me },
      'GET /api/v1/accounts': { status: 200, body: { items: [], nextCursor: null } },
    });
    const { router } = renderRoutes(routes, { path: '/accounts?tier=KEY' });

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/accounts?tier=KEY')}`);
    expect(screen.queryByText(/Accounts page/)).not.toBeInTheDocument();

    await signIn();
    expect(await screen.findByText(/Accounts page at \/accounts\?tier=KEY/)).toBeInTheDocument();
    const login = calls.find((c) => c.url === '/api/v1/auth/login');
    expect(JSON.parse(login?.body ?? '{}')).toEqual({ email: 'ada@example.com', password: 'a long enough password' });
  });

  it('shows the problem detail for wrong credentials and stays on the page', async () => {
    stubFetch({
      'GET /api/v1/me': unauthorized,
      'POST /api/v1/auth/login': {
        status: 401,
        body: { type: 'urn:stratum:problem:unauthenticated', title: 'Unauthorized', status: 401, detail: 'Wrong email or password.' },
      },
    });
    const { router } = renderRoutes(routes, { path: '/login?next=%2Faccounts' });
    await signIn('ada@example.com', 'not the password');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByLabelText(/password/i)).toHaveValue('');
  });

  it('says how long to wait after too many attempts', async () => {
    stubFetch({
      'GET /api/v1/me': unauthorized,
      'POST /api/v1/auth/login': {
        status: 429,
        headers: { 'Retry-After': '840' },
        body: {
          type: 'urn:stratum:problem:rate-limited',
          title: 'Too Many Requests',
          status: 429,
          detail: 'Too many failed sign-ins. Try again later.',
          retryAfterSeconds: 840,
        },
      },
    });
    renderRoutes(routes, { path: '/login' });
    await signIn();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many attempts');
    expect(alert).toHaveTextContent('Try again in 14 minutes.');
  });

  it('checks the fields before sending anything', async () => {
    const calls = stubFetch({ 'GET /api/v1/me': unauthorized });
    renderRoutes(routes, { path: '/login' });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('when the session ends mid-use (any 401), goes to sign-in with a note and comes back afterwards', async () => {
    const me = makeMe('VIEWER');
    stubFetch({
      'GET /api/v1/accounts': unauthorized,
      'POST /api/v1/auth/login': { status: 200, body: me },
    });
    const { router } = renderRoutes(routes, { path: '/accounts?q=acme', me });

    expect(await screen.findByText('Your session has ended. Sign in again to continue where you left off.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/accounts?q=acme')}`);

    stubFetch({
      'POST /api/v1/auth/login': { status: 200, body: me },
      'GET /api/v1/accounts': { status: 200, body: { items: [], nextCursor: null } },
    });
    await signIn();
    expect(await screen.findByText(/Accounts page at \/accounts\?q=acme loaded/)).toBeInTheDocument();
  });
});

describe('sign-in helpers', () => {
  it('only goes back to a path inside the app', () => {
    expect(safeNext('/accounts/1?tab=qbrs')).toBe('/accounts/1?tab=qbrs');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('//evil.example/x')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('/login?next=%2F')).toBe('/');
  });

  it('reads the wait from the body, else from Retry-After, in whole minutes', () => {
    const fromHeader = new ApiError(parseProblem(429, { status: 429 }), new Headers({ 'Retry-After': '30' }));
    expect(retryAfterSeconds(fromHeader)).toBe(30);
    expect(signInFailureMessage(fromHeader).message).toBe('Too many sign-in attempts. Try again in 1 minute.');
    const unknown = new ApiError(parseProblem(429, { status: 429 }));
    expect(signInFailureMessage(unknown).message).toMatch(/Wait a while/);
  });
});
