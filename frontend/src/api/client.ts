import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { ApiError, NetworkError, parseProblem } from './problem';

export type Schemas = components['schemas'];

function defaultBaseUrl(): string {
  // openapi-fetch builds absolute Requests; in the browser the app is served from the API's origin
  // (or the Vite proxy), in tests jsdom provides a location.
  return typeof window !== 'undefined' && window.location ? window.location.origin : 'http://localhost';
}

/** Turns every non-2xx answer into a thrown ApiError carrying the parsed problem+json body. */
const throwOnError: Middleware = {
  async onResponse({ response }) {
    if (response.ok) return undefined;
    let body: unknown = undefined;
    const text = await response.clone().text();
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    throw new ApiError(parseProblem(response.status, body, response.statusText), response.headers);
  },
  onError({ error }) {
    if (error instanceof ApiError) return error;
    return new NetworkError(error);
  },
};

/** What the client needs from the signed-in session; the auth feature provides it (see setSessionHooks). */
export interface SessionHooks {
  /** The csrfToken of the current Me, sent as X-CSRF-Token with every change. */
  csrfToken: () => string | null | undefined;
  /** Any 401 except the sign-in call's own: the session is gone (never opened, signed out, or idled out). */
  onUnauthorized: () => void;
  /** A 403 for a missing or stale CSRF token: the Me (and its token) should be fetched again. */
  onCsrfRejected?: () => void;
}

const noSession: SessionHooks = { csrfToken: () => null, onUnauthorized: () => {} };
let currentHooks: SessionHooks = noSession;

/** Installs the session hooks the shared client uses; returns a function that removes them. */
export function setSessionHooks(hooks: SessionHooks): () => void {
  currentHooks = hooks;
  return () => {
    if (currentHooks === hooks) currentHooks = noSession;
  };
}

export const CSRF_HEADER = 'X-CSRF-Token';

/** The current session's CSRF token, for the one call that does not go through the typed client (a streamed upload). */
export function currentCsrfToken(): string | null | undefined {
  return currentHooks.csrfToken();
}
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SIGN_IN_PATH = '/api/v1/auth/login';

/**
 * The one place that speaks for the session: adds the CSRF header to every change, and reports a 401
 * (the session is gone) so the app can send the person to the sign-in page.
 */
export function sessionMiddleware(hooks: () => SessionHooks): Middleware {
  return {
    onRequest({ request }) {
      if (SAFE_METHODS.has(request.method)) return undefined;
      const token = hooks().csrfToken();
      if (token) request.headers.set(CSRF_HEADER, token);
      return request;
    },
    async onResponse({ request, response }) {
      if (response.status === 401 && new URL(request.url).pathname !== SIGN_IN_PATH) {
        hooks().onUnauthorized();
      } else if (response.status === 403 && hooks().onCsrfRejected) {
        const body: unknown = await response
          .clone()
          .json()
          .catch(() => null);
        if (body && typeof body === 'object' && (body as { reason?: unknown }).reason === 'csrf') hooks().onCsrfRejected?.();
      }
      return undefined;
    },
  };
}

export function makeClient(
  baseUrl: string = defaultBaseUrl(),
  fetchImpl?: (input: Request) => Promise<Response>,
  hooks: () => SessionHooks = () => currentHooks,
) {
  // Resolve fetch at call time so tests can stub globalThis.fetch. JSON media types only: a list that also answers
  // as CSV (text/csv) is downloaded by a link (components/DownloadCsvButton), never read through this client.
  const client = createClient<paths, `application/${string}json`>({ baseUrl, fetch: fetchImpl ?? ((request) => globalThis.fetch(request)) });
  client.use(throwOnError);
  // Registered last: openapi-fetch runs onResponse in reverse order, so this sees the answer before
  // throwOnError turns it into an ApiError.
  client.use(sessionMiddleware(hooks));
  return client;
}

export const api = makeClient();

/** The ETag value for a versioned resource, as sent in If-Match. */
export function ifMatch(version: number | string): string {
  return `"${version}"`;
}

/**
 * Unwraps an openapi-fetch result. Non-2xx answers never reach here (the middleware throws),
 * so a missing body on a call that must return one is a contract violation.
 */
export function must<T>(result: { data?: T; response: Response }): T {
  if (result.data === undefined) {
    throw new ApiError(parseProblem(result.response.status, undefined, 'The server answered without a body.'), result.response.headers);
  }
  return result.data;
}
