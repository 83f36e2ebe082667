import { describe, expect, it } from 'vitest';
import { makeClient } from './client';
import { ApiError, errorMessage, NetworkError, normaliseField, parseProblem, STALE_MESSAGE, toFieldErrors } from './problem';

describe('parseProblem', () => {
  it('keeps the standard members and moves extensions to extra', () => {
    const p = parseProblem(409, {
      type: 'urn:stratum:problem:duplicate',
      title: 'Duplicate',
      status: 409,
      detail: 'An account with domain acme.com already exists.',
      existingId: 'abc',
    });
    expect(p).toMatchObject({ status: 409, title: 'Duplicate', detail: 'An account with domain acme.com already exists.', errors: [] });
    expect(p.extra).toEqual({ existingId: 'abc' });
  });

  it('survives a body that is not a problem (e.g. a proxy error page)', () => {
    const p = parseProblem(502, '<html>Bad gateway</html>', 'Bad Gateway');
    expect(p).toMatchObject({ status: 502, title: 'Bad Gateway', errors: [] });
  });
});

describe('toFieldErrors', () => {
  const known = ['name', 'domain', 'tags', 'ownerId'];
  it('places each error next to the form field with the same JSON name', () => {
    const p = parseProblem(422, {
      status: 422,
      title: 'Validation failed',
      errors: [
        { field: 'name', message: 'must not be blank' },
        { field: 'domain', message: 'must be a domain name such as example.com' },
        { field: 'domain', message: 'size must be at most 253' },
      ],
    });
    expect(toFieldErrors(p, known)).toEqual({
      fields: { name: 'must not be blank', domain: 'must be a domain name such as example.com; size must be at most 253' },
      unplaced: [],
    });
  });

  it('maps nested and indexed paths, and keeps unknown fields for a general message', () => {
    const p = parseProblem(422, {
      status: 422,
      errors: [
        { field: 'create.input.ownerId', message: 'no active user with this id' },
        { field: 'tags[3]', message: 'must not be blank' },
        { field: 'tier', message: 'is read-only here' },
        { field: '', message: 'body is required' },
      ],
    });
    expect(toFieldErrors(p, known)).toEqual({
      fields: { ownerId: 'no active user with this id', tags: 'must not be blank' },
      unplaced: ['tier: is read-only here', 'body is required'],
    });
  });

  it('normaliseField leaves a known name alone', () => {
    expect(normaliseField('name', known)).toBe('name');
    expect(normaliseField('body.name', known)).toBe('name');
    expect(normaliseField('whatever.x', known)).toBe('whatever.x');
  });
});

describe('errorMessage', () => {
  it('explains a stale write (412) in plain words', () => {
    expect(errorMessage(new ApiError(parseProblem(412, { status: 412, title: 'Precondition Failed' })))).toBe(STALE_MESSAGE);
  });

  it('completes a capacity conflict with what to do', () => {
    const msg = errorMessage(
      new ApiError(
        parseProblem(409, {
          status: 409,
          title: 'Tier capacity exceeded',
          detail: 'Dana Whitfield already holds 8 KEY accounts.',
          ownerId: 'u1',
          tier: 'KEY',
          limit: 8,
        }),
      ),
    );
    expect(msg).toContain('Dana Whitfield already holds 8 KEY accounts.');
    expect(msg).toContain('raise the limit in Settings → Tier policies');
    // The limit is already in the server's sentence: not repeated.
    expect(msg).not.toContain('allows at most');
    const bare = errorMessage(new ApiError(parseProblem(409, { status: 409, detail: 'Over capacity.', tier: 'STRATEGIC', limit: 3 })));
    expect(bare).toContain('The Strategic tier allows at most 3 accounts per owner.');
  });

  it('does not leak server internals on a 500', () => {
    expect(errorMessage(new ApiError(parseProblem(500, { status: 500, detail: 'NullPointerException at ...' })))).toMatch(/server ran into a problem/);
  });

  it('explains a network failure', () => {
    expect(errorMessage(new NetworkError(new TypeError('fetch failed')))).toMatch(/could not be reached/);
  });
});

describe('typed client', () => {
  it('throws an ApiError carrying the problem for a non-2xx answer', async () => {
    const client = makeClient(
      'http://test',
      async () =>
        new Response(JSON.stringify({ type: 'x', title: 'Not Found', status: 404, detail: 'No account abc.' }), {
          status: 404,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    );
    const err = await client.GET('/api/v1/accounts/{id}', { params: { path: { id: 'abc' } } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(404);
    expect((err as ApiError).message).toBe('No account abc.');
  });

  it('sends repeated query parameters for "any of" filters', async () => {
    let seen = '';
    const client = makeClient('http://test', async (req) => {
      seen = new URL(req.url).search;
      return new Response(JSON.stringify({ items: [], nextCursor: null }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    await client.GET('/api/v1/accounts', { params: { query: { tier: ['KEY', 'STRATEGIC'], sort: '-arr,name', limit: 50 } } });
    expect(seen).toBe('?tier=KEY&tier=STRATEGIC&sort=-arr%2Cname&limit=50');
  });
});
