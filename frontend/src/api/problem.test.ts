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
        { field: 'name', message: 'Enter a value: it may not be blank.' },
        { field: 'domain', message: 'Enter a domain name such as example.com.' },
        { field: 'domain', message: 'Use at most 253 characters; this has 300.' },
      ],
    });
    expect(toFieldErrors(p, known)).toEqual({
      fields: { name: 'Enter a value: it may not be blank.', domain: 'Enter a domain name such as example.com. Use at most 253 characters; this has 300.' },
      unplaced: [],
    });
  });

  it('maps nested and indexed paths, and keeps unknown fields for a general message', () => {
    const p = parseProblem(422, {
      status: 422,
      errors: [
        { field: 'create.input.ownerId', message: 'This user is inactive; reactivate them or choose another owner.' },
        { field: 'tags[3]', message: 'Enter a value: it may not be blank.' },
        { field: 'tier', message: 'The tier is read-only here; change it with PUT /api/v1/accounts/{id}/tier and a reason.' },
        { field: '', message: 'A JSON request body is required.' },
      ],
    });
    expect(toFieldErrors(p, known)).toEqual({
      fields: { ownerId: 'This user is inactive; reactivate them or choose another owner.', tags: 'Enter a value: it may not be blank.' },
      unplaced: ['The tier is read-only here; change it with PUT /api/v1/accounts/{id}/tier and a reason.', 'A JSON request body is required.'],
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

  it('shows a duplicate as the server words it: the holder by name and what to do, nothing added', () => {
    const detail = 'Dana Whitfield already has the email dana@acme.example; use another email, or change that user instead of adding a second one.';
    const problem = parseProblem(409, { type: 'urn:stratum:problem:duplicate', title: 'Duplicate value', status: 409, detail, existingId: 'u1' });
    expect(errorMessage(new ApiError(problem))).toBe(detail);
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

  it("shows a 422 as the server's sentences, never as field names with fragments", () => {
    const msg = errorMessage(
      new ApiError(
        parseProblem(422, {
          status: 422,
          detail: 'Correct the 2 values named in errors and send the request again.',
          errors: [
            { field: 'qbr', message: 'This QBR is not failing (overall B): only a failing QBR gets a follow-up.' },
            { field: 'targetGrade', message: "A target of A+ is more than 3 steps above today's C. Choose C+ to B." },
          ],
        }),
      ),
    );
    expect(msg).toBe(
      "This QBR is not failing (overall B): only a failing QBR gets a follow-up. A target of A+ is more than 3 steps above today's C. Choose C+ to B.",
    );
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
