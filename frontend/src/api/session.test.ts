import { describe, expect, it, vi } from 'vitest';
import { CSRF_HEADER, makeClient, type SessionHooks } from './client';
import { ApiError } from './problem';

function problem(status: number, extra: Record<string, unknown> = {}) {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'x', status, detail: `status ${status}`, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

function setup(answer: (req: Request) => Response, token: string | null = 'csrf-1') {
  const seen: Request[] = [];
  const hooks: SessionHooks = { csrfToken: () => token, onUnauthorized: vi.fn(), onCsrfRejected: vi.fn() };
  const client = makeClient(
    'http://test',
    async (req) => {
      seen.push(req);
      return answer(req);
    },
    () => hooks,
  );
  return { client, seen, hooks };
}

const ok = () => new Response(JSON.stringify({ items: [], nextCursor: null }), { status: 200, headers: { 'Content-Type': 'application/json' } });

describe('session middleware', () => {
  it('sends the CSRF token with every change, and never with a read', async () => {
    const { client, seen } = setup(ok);
    await client.GET('/api/v1/accounts');
    await client.POST('/api/v1/api-tokens', { body: { name: 'x', scopes: ['accounts:read'] } });
    await client.PATCH('/api/v1/users/{id}', { params: { path: { id: 'u1' } }, body: { name: 'y' } });
    await client.PUT('/api/v1/users/{id}/password', { params: { path: { id: 'u1' } }, body: { newPassword: 'x'.repeat(12) } });
    await client.DELETE('/api/v1/api-tokens/{id}', { params: { path: { id: 't1' } } });
    expect(seen.map((r) => [r.method, r.headers.get(CSRF_HEADER)])).toEqual([
      ['GET', null],
      ['POST', 'csrf-1'],
      ['PATCH', 'csrf-1'],
      ['PUT', 'csrf-1'],
      ['DELETE', 'csrf-1'],
    ]);
  });

  it('sends no header when there is no session token (signed out)', async () => {
    const { client, seen } = setup(ok, null);
    await client.POST('/api/v1/auth/login', { body: { email: 'a@b.c', password: 'pw' } });
    expect(seen[0]?.headers.has(CSRF_HEADER)).toBe(false);
  });

  it('reports a 401 as a lost session, and still throws the problem for the screen', async () => {
    const { client, hooks } = setup(() => problem(401));
    const err = await client.GET('/api/v1/accounts').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(401);
    expect(hooks.onUnauthorized).toHaveBeenCalledOnce();
  });

  it('does not treat wrong credentials at sign-in as a lost session', async () => {
    const { client, hooks } = setup(() => problem(401));
    const err = await client.POST('/api/v1/auth/login', { body: { email: 'a@b.c', password: 'wrong' } }).catch((e: unknown) => e);
    expect((err as ApiError).message).toBe('status 401');
    expect(hooks.onUnauthorized).not.toHaveBeenCalled();
  });

  it('asks for a fresh CSRF token after a 403 for CSRF, but not after any other 403', async () => {
    const csrf = setup(() => problem(403, { reason: 'csrf' }));
    await csrf.client.POST('/api/v1/api-tokens', { body: { name: 'x', scopes: ['accounts:read'] } }).catch(() => undefined);
    expect(csrf.hooks.onCsrfRejected).toHaveBeenCalledOnce();
    expect(csrf.hooks.onUnauthorized).not.toHaveBeenCalled();

    const role = setup(() => problem(403));
    const err = await role.client.POST('/api/v1/accounts', { body: { name: 'x' } as never }).catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(403);
    expect(role.hooks.onCsrfRejected).not.toHaveBeenCalled();
  });
});
