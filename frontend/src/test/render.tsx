import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { makeQueryClient } from '../app/query-client';

/** Renders a component inside the app's providers and a memory router. */
export function renderWithApp(ui: ReactElement, { path = '/' }: { path?: string } = {}) {
  const queryClient = makeQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] });
  return { queryClient, ...render(<AppProviders queryClient={queryClient}><RouterProvider router={router} /></AppProviders>) };
}

/** A fetch stub answering by "METHOD /path" with a JSON body and status. */
export function stubFetch(routes: Record<string, { status: number; body?: unknown; contentType?: string }>) {
  const calls: { method: string; url: string; body: string | null; headers: Headers }[] = [];
  const fn = async (input: Request) => {
    const url = new URL(input.url);
    const body = input.method === 'GET' ? null : await input.text();
    calls.push({ method: input.method, url: url.pathname + url.search, body, headers: input.headers });
    const key = `${input.method} ${url.pathname}`;
    const route = routes[key];
    if (!route) return new Response(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: `no stub for ${key}` }), { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
    return new Response(route.body === undefined ? null : JSON.stringify(route.body), {
      status: route.status,
      headers: { 'Content-Type': route.contentType ?? (route.status >= 400 ? 'application/problem+json' : 'application/json') },
    });
  };
  globalThis.fetch = fn as unknown as typeof fetch;
  return calls;
}
