import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { E2E_ADMIN } from './env';

export { E2E_ADMIN };

export interface Credentials {
  email: string;
  password: string;
}

export interface SignedIn {
  me: { user: { id: string; name: string; role: string }; csrfToken: string };
  /** The page's own API context (same cookies as the page), sending the CSRF header with changes. */
  api: {
    get: (url: string) => Promise<APIResponse>;
    post: (url: string, data: unknown) => Promise<APIResponse>;
    patch: (url: string, data: unknown) => Promise<APIResponse>;
    put: (url: string, data: unknown) => Promise<APIResponse>;
    delete: (url: string) => Promise<APIResponse>;
  };
}

/** Wraps a request context that carries a session cookie so that changes send its CSRF token. */
export function sessionApi(request: APIRequestContext, csrfToken: string): SignedIn['api'] {
  const headers = { 'X-CSRF-Token': csrfToken };
  return {
    get: (url) => request.get(url),
    post: (url, data) => request.post(url, { data, headers }),
    patch: (url, data) => request.patch(url, { data, headers }),
    put: (url, data) => request.put(url, { data, headers }),
    delete: (url) => request.delete(url, { headers }),
  };
}

/**
 * Signs in through the API, before the page opens anything: page.request shares its cookie jar with the
 * page's browser context, so the session cookie it receives signs the page in as well.
 */
export async function signInByApi(page: Page, credentials: Credentials = E2E_ADMIN): Promise<SignedIn> {
  const res = await page.request.post('/api/v1/auth/login', { data: credentials });
  expect(res.status(), await res.text()).toBe(200);
  const me = (await res.json()) as SignedIn['me'];
  expect(me.csrfToken).toBeTruthy();
  return { me, api: sessionApi(page.request, me.csrfToken) };
}

/** Fills in and sends the sign-in form the page shows. */
export async function signInThroughUi(page: Page, credentials: Credentials) {
  await expect(page.getByRole('heading', { name: 'Sign in', level: 2 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Email' }).fill(credentials.email);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs out through the account menu in the header. */
export async function signOutThroughUi(page: Page) {
  await page.getByRole('button', { name: /^Account menu:/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText('You are signed out.')).toBeVisible();
}
