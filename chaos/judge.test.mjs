// The suite's own verdicts, checked on answers made up here and on a real socket: a probe that cannot fail
// proves nothing. Run with `node --test chaos/judge.test.mjs` (no app needed;
// `make chaos` runs it first).
import assert from 'node:assert/strict';
import http from 'node:http';
import { test } from 'node:test';
import { judge, leakIn } from './junk.mjs';
import { rawRequest } from './lib.mjs';

const problem = (status, extra = {}) => ({
  status, headers: { 'content-type': 'application/problem+json' },
  body: JSON.stringify({ type: 'urn:stratum:problem:x', title: 'X', status, detail: 'Do this instead.', ...extra }),
});

test('a complete problem passes, a 2xx passes', () => {
  assert.deepEqual(judge(problem(400)), []);
  assert.deepEqual(judge({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"items":[]}' }), []);
});

test('a 5xx fails even as a problem', () => {
  assert.deepEqual(judge(problem(503)), ['status 503']);
});

test('an error that is not problem+json, or lacks a member, or disagrees on status, fails', () => {
  assert.match(judge({ status: 414, headers: {}, body: '' })[0], /not problem\+json \(414, content-type none\)/);
  assert.match(judge({ status: 400, headers: { 'content-type': 'application/problem+json' }, body: '{"title":"X"}' })[0],
    /problem without type, detail, status/);
  assert.match(judge(problem(404, { status: 400 }))[0], /problem without status/);
});

test('no answer fails', () => {
  assert.deepEqual(judge({ error: 'ECONNRESET' }), ['no answer (ECONNRESET)']);
});

test('stack traces, class names and SQL are found; plain sentences are not', () => {
  assert.match(leakIn('at com.stratum.account.AccountService.create(AccountService.java:42)'), /stack frame/);
  assert.match(leakIn('org.hibernate.exception.ConstraintViolationException: x'), /Java class name/);
  assert.match(leakIn('NullPointerException'), /exception name/);
  assert.match(leakIn('ERROR: duplicate key value violates unique constraint "account_domain_uq"'), /SQL text/);
  assert.match(leakIn('select a1_0.id,a1_0.name from account a1_0 where a1_0.id=?'), /SQL/);
  assert.equal(leakIn('Select a tier from STANDARD, KEY or STRATEGIC. The request is malformed.'), null);
  assert.equal(leakIn('{"type":"urn:stratum:problem:internal","title":"Internal error","status":500}'), null);
});

test('the raw client reads chunked and sized answers and notes a closed connection', async (t) => {
  const server = http.createServer((req, res) => {
    if (req.url === '/chunked') {
      res.write('ab');
      res.end('cd');
    } else if (req.url === '/close') {
      req.socket.destroy();
    } else {
      res.setHeader('content-type', 'application/problem+json');
      res.end('{"x":1}');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => server.close());
  const base = `http://127.0.0.1:${server.address().port}`;
  const ask = (p) => rawRequest(base, Buffer.from(`GET ${p} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
  const chunked = await ask('/chunked');
  assert.equal(chunked.status, 200);
  assert.equal(chunked.body, 'abcd');
  const sized = await ask('/sized');
  assert.equal(sized.headers['content-type'], 'application/problem+json');
  assert.equal(sized.body, '{"x":1}');
  const closed = await ask('/close');
  assert.equal(closed.status, undefined);
  assert.match(closed.error, /closed without an answer|ECONNRESET/);
});
