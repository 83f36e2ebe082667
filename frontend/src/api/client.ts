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

export function makeClient(baseUrl: string = defaultBaseUrl(), fetchImpl?: (input: Request) => Promise<Response>) {
  // Resolve fetch at call time so tests can stub globalThis.fetch.
  const client = createClient<paths>({ baseUrl, fetch: fetchImpl ?? ((request) => globalThis.fetch(request)) });
  client.use(throwOnError);
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
    throw new ApiError(
      parseProblem(result.response.status, undefined, 'The server answered without a body.'),
      result.response.headers,
    );
  }
  return result.data;
}
