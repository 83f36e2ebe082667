import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProviders } from '../app/providers';
import { makeQueryClient } from '../app/query-client';
import { meKey, type Me } from '../features/auth/api';
import { makeMe } from './fixtures';

/**
 * Renders a component inside the app's providers and a memory router, signed in as `me` (an admin unless
 * told; null renders signed out).
 */
export function renderWithApp(ui: ReactElement, { path = '/', me = makeMe() }: { path?: string; me?: Me | null } = {}) {
  const queryClient = makeQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  queryClient.setQueryData(meKey, me);
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] });
  return {
    queryClient,
    ...render(
      <AppProviders queryClient={queryClient}>
        <Notifications position="top-right" />
        <RouterProvider router={router} />
      </AppProviders>,
    ),
  };
}

/**
 * Renders a set of routes (e.g. the sign-in page next to guarded pages) inside the app's providers.
 * `me` seeds the signed-in person; leave it out to let the app ask GET /api/v1/me.
 */
export function renderRoutes(routes: RouteObject[], { path = '/', me }: { path?: string; me?: Me | null } = {}) {
  const queryClient = makeQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  if (me !== undefined) queryClient.setQueryData(meKey, me);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return {
    queryClient,
    router,
    ...render(
      <AppProviders queryClient={queryClient}>
        <Notifications position="top-right" />
        <RouterProvider router={router} />
      </AppProviders>,
    ),
  };
}

/** A fetch stub answering by "METHOD /path" with a JSON body and status. */
export function stubFetch(routes: Record<string, { status: number; body?: unknown; contentType?: string; headers?: Record<string, string> }>) {
  const calls: { method: string; url: string; body: string | null; headers: Headers }[] = [];
  const fn = async (input: Request) => {
    const url = new URL(input.url);
    const body = input.method === 'GET' ? null : await input.text();
    calls.push({ method: input.method, url: url.pathname + url.search, body, headers: input.headers });
    const key = `${input.method} ${url.pathname}`;
    const route = routes[key];
    if (!route)
      return new Response(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: `no stub for ${key}` }), {
        status: 404,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    return new Response(route.body === undefined ? null : JSON.stringify(route.body), {
      status: route.status,
      headers: { 'Content-Type': route.contentType ?? (route.status >= 400 ? 'application/problem+json' : 'application/json'), ...route.headers },
    });
  };
  globalThis.fetch = fn as unknown as typeof fetch;
  return calls;
}
