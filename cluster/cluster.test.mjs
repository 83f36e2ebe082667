// Two packaged Stratum instances over one PostgreSQL database behind a real nginx, all on loopback: proves
// that what one instance knows (sessions, revoked tokens, lockouts, rate limits, job runs) every instance
// knows. Run with `make cluster-test` (or `node --test cluster/` after `make build`).
//
// Environment: CLUSTER_JDBC_URL (default the stratum_test database, cleaned at start), CLUSTER_PORT_BASE
// (default 18300: the proxy on it, the instances on the next two ports), CLUSTER_JAR, NGINX.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const JAR = process.env.CLUSTER_JAR ?? join(ROOT, 'backend/target/quarkus-app/quarkus-run.jar');
const JDBC_URL = process.env.CLUSTER_JDBC_URL ?? 'jdbc:postgresql://127.0.0.1:5432/stratum_test';
const PORT_BASE = Number(process.env.CLUSTER_PORT_BASE ?? 18300);
const PROXY = `http://127.0.0.1:${PORT_BASE}`;
const A = `http://127.0.0.1:${PORT_BASE + 1}`;
const B = `http://127.0.0.1:${PORT_BASE + 2}`;
const ADMIN = { email: 'admin@cluster.test', password: 'cluster-admin-password' };
// Small enough to reach in a second; large enough for each test's own setup calls.
const LIMIT = 30;
const PUBLIC_LIMIT = 30;
// The rate-limit window (stratum.rate-limit.window): short, so that each test's setup calls fit in the
// allowance; long enough that a burst of 2 x LIMIT requests takes a fraction of it.
const RATE_WINDOW = 'PT10S';
// The follow-up judging job runs this often on every instance (stratum.jobs.follow-up-judging.every).
const JOB_EVERY = '1s';
const STARTUP_MS = 90_000;
// A backstop, not a target: the suite takes 75-120 s on a 2-core machine shared with other builds.
const SUITE_MS = 180_000;

const work = mkdtempSync(join(tmpdir(), 'stratum-cluster-'));
const children = [];
let failed = false;

// Whatever happens (a hung request, a failure, Ctrl+C), nothing this suite started outlives it. The children
// run in process groups of their own, so a terminal's Ctrl+C reaches only this runner, which passes it on.
const suiteDeadline = setTimeout(() => {
  console.error(`cluster: the suite took longer than ${SUITE_MS / 1000} s; stopping its processes`);
  killAll('SIGKILL');
  process.exit(1);
}, SUITE_MS);
suiteDeadline.unref();
process.on('exit', () => killAll('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killAll('SIGKILL');
    process.exit(1);
  });
}

function killAll(signal) {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, signal); // its process group: nginx's workers too
      } catch {
        // already gone
      }
    }
  }
}

/**
 * Starts a child in its own process group, its output going straight to work/<name>.log: a file, not a
 * pipe, so that nginx can open /dev/stdout and /dev/stderr as its configuration asks.
 */
function start(name, command, args, env) {
  const out = openSync(join(work, `${name}.log`), 'a');
  const child = spawn(command, args, { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  child.name = name;
  children.push(child);
  return child;
}

function tail(name, lines = 40) {
  const path = join(work, `${name}.log`);
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n') : '(no log)';
}

/** Polls check() until it returns a truthy value; fails with what it last saw when the deadline passes. */
async function until(what, check, { timeoutMs = 15_000, everyMs = 100, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    if (child && child.exitCode !== null) {
      throw new Error(`${child.name} exited (${child.exitCode}) while waiting for ${what}:\n${tail(child.name)}`);
    }
    try {
      const result = await check();
      if (result) return result;
      last = 'not yet';
    } catch (error) {
      last = error.message;
    }
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

async function call(base, method, path, { token, session, xff, body, headers } = {}) {
  const sent = { accept: 'application/json', ...headers };
  if (token) sent.authorization = `Bearer ${token}`;
  if (session) {
    sent.cookie = session.cookie;
    if (!['GET', 'HEAD'].includes(method)) sent['x-csrf-token'] = session.csrf;
  }
  if (xff) sent['x-forwarded-for'] = xff;
  if (body !== undefined) sent['content-type'] = 'application/json';
  const response = await fetch(base + path, {
    method,
    headers: sent,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: the assertions show the text
  }
  return { status: response.status, headers: response.headers, json, text };
}

function expectStatus(response, status, what) {
  assert.equal(response.status, status, `${what}: expected ${status}, got ${response.status} ${response.text}`);
  return response;
}

async function signIn(base, credentials, xff) {
  const response = await call(base, 'POST', '/api/v1/auth/login', { body: credentials, xff });
  expectStatus(response, 200, `sign-in as ${credentials.email} on ${base}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('stratum_session='));
  assert.ok(cookie, 'sign-in sets the session cookie');
  return { cookie, csrf: response.json.csrfToken, userId: response.json.user.id };
}

let admin; // an API token with every scope, for setup calls
let adminSession;

async function newToken(name, scopes) {
  const response = expectStatus(await call(A, 'POST', '/api/v1/api-tokens', { session: adminSession, body: { name, scopes } }),
    201, `creating token ${name}`);
  return { token: response.json.token, id: response.json.apiToken.id };
}

async function newUser(role) {
  const email = `${role.toLowerCase()}-${randomUUID()}@cluster.test`;
  const password = `pw-${randomUUID()}`;
  expectStatus(await call(A, 'POST', '/api/v1/users', { token: admin, body: { name: `Cluster ${role}`, email, role, password } }),
    201, `creating a ${role}`);
  return { email, password };
}

/** A fresh client address per use, passed by the test as the trusted proxy would (from 127.0.0.1). */
let addressCount = 0;
const address = () => `198.51.100.${++addressCount}`;

function writeProxyConfig() {
  let conf = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const substitute = (pattern, replacement) => {
    const matches = conf.match(new RegExp(pattern.source, 'g')) ?? [];
    assert.equal(matches.length, 1, `deploy/nginx.conf must contain ${pattern} exactly once`);
    conf = conf.replace(pattern, replacement);
  };
  substitute(/server app1:8080/, `server ${new URL(A).host}`);
  substitute(/server app2:8080/, `server ${new URL(B).host}`);
  substitute(/listen 8080;/, `listen ${new URL(PROXY).host};`);
  // Writable places of its own instead of the packaged defaults under /var.
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${join(work, kind)};`).join('\n');
  substitute(/http \{\n/, `http {\n${temp}\n`);
  const path = join(work, 'nginx.conf');
  writeFileSync(path, conf);
  return path;
}

function nginxBinary() {
  if (process.env.NGINX) return process.env.NGINX;
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx']) {
    if (existsSync(candidate)) return candidate;
  }
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  throw new Error('nginx is not installed: apt-get install nginx (Debian), or set NGINX to its path');
}

function appEnv(port, first) {
  return {
    QUARKUS_HTTP_PORT: String(port),
    QUARKUS_HTTP_HOST: '127.0.0.1',
    QUARKUS_DATASOURCE_JDBC_URL: JDBC_URL,
    QUARKUS_DATASOURCE_USERNAME: process.env.CLUSTER_DB_USER ?? 'stratum',
    QUARKUS_DATASOURCE_PASSWORD: process.env.CLUSTER_DB_PASSWORD ?? 'stratum',
    // The first instance empties the database and migrates it; the second finds it migrated.
    QUARKUS_FLYWAY_CLEAN_AT_START: first ? 'true' : 'false',
    QUARKUS_FLYWAY_CLEAN_DISABLED: first ? 'false' : 'true',
    STRATUM_ADMIN_EMAIL: first ? ADMIN.email : '',
    STRATUM_ADMIN_PASSWORD: first ? ADMIN.password : '',
    STRATUM_DEMO_DATA: 'false',
    STRATUM_PUBLIC_URL: PROXY,
    // Behind the proxy: the client address is the X-Forwarded-For that nginx sets, trusted from loopback only.
    QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING: 'true',
    QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED: 'true',
    QUARKUS_HTTP_PROXY_TRUSTED_PROXIES: '127.0.0.1',
    STRATUM_RATE_LIMIT_PER_MINUTE: String(LIMIT),
    STRATUM_PUBLIC_RATE_LIMIT_PER_MINUTE: String(PUBLIC_LIMIT),
    STRATUM_RATE_LIMIT_WINDOW: RATE_WINDOW,
    STRATUM_JOBS_FOLLOW_UP_JUDGING_EVERY: JOB_EVERY,
    // The jobs' first run comes a minute after start in production (stratum.jobs.start-delay); here at once.
    STRATUM_JOBS_START_DELAY: JOB_EVERY,
  };
}

function startApp(name, port, first) {
  // A small heap each: two JVMs share the machine with the rest of the build.
  return start(name, 'java', ['-Xmx256m', '-XX:+UseSerialGC', '-jar', JAR], appEnv(port, first));
}

async function ready(child, base) {
  await until(`${child.name} to be ready`, async () => (await call(base, 'GET', '/q/health/ready')).status === 200,
    { timeoutMs: STARTUP_MS, everyMs: 250, child });
}

/** The access-log lines nginx wrote for requests whose path contains marker. */
function proxied(marker) {
  return readFileSync(join(work, 'nginx.log'), 'utf8').split('\n').filter((line) => line.includes(marker));
}

let nginx;

before(async () => {
  try {
    await startCluster();
  } catch (error) {
    failed = true;
    throw error;
  }
}, { timeout: 2 * STARTUP_MS + 20_000 });

async function startCluster() {
  assert.ok(existsSync(JAR), `${JAR} is missing: run make build (or backend/mvnw package -DskipTests) first`);
  const binary = nginxBinary();
  const config = writeProxyConfig();
  const check = start('nginx-check', binary, ['-t', '-p', work, '-c', config, '-e', join(work, 'nginx-error.log'), '-g', `pid ${join(work, 'nginx.pid')};`]);
  await until('nginx -t', () => check.exitCode !== null);
  assert.equal(check.exitCode, 0, `nginx -t refused the generated configuration:\n${tail('nginx-check')}`);
  // The first cleans and migrates the database; the second starts once that is done (a clean must not race
  // its migration check), and only the first creates the admin (two first admins would collide).
  const appA = startApp('app-a', PORT_BASE + 1, true);
  await until('app-a to migrate the database', () => /now at version|No migration necessary/.test(tail('app-a', 200)),
    { timeoutMs: STARTUP_MS, everyMs: 100, child: appA });
  const appB = startApp('app-b', PORT_BASE + 2, false);
  await Promise.all([ready(appA, A), ready(appB, B)]);
  nginx = start('nginx', binary, ['-p', work, '-c', config, '-e', join(work, 'nginx-error.log'),
    '-g', `daemon off; pid ${join(work, 'nginx.pid')};`], {});
  await until('the proxy to answer', async () => (await call(PROXY, 'GET', '/q/health/ready')).status === 200, { child: nginx });
  adminSession = await signIn(A, ADMIN, address());
  admin = (await newToken('cluster setup', ['admin', 'accounts:read', 'accounts:write', 'surveys:read', 'surveys:write'])).token;
}

after(async () => {
  killAll('SIGTERM');
  await Promise.all(children.map((child) => child.exitCode !== null || child.signalCode !== null ? null
    : until(`${child.name} to stop`, () => child.exitCode !== null || child.signalCode !== null, { timeoutMs: 10_000 })
      .catch(() => killAll('SIGKILL'))));
  if (failed) {
    for (const child of children) console.error(`--- last lines of ${child.name}'s log ---\n${tail(child.name)}`);
    console.error(`cluster: logs kept in ${work}`);
  } else {
    rmSync(work, { recursive: true, force: true });
  }
});

/** A test that marks the suite failed (so the logs are kept and shown) when it throws. */
function clusterTest(name, fn) {
  test(name, { timeout: 40_000 }, async (t) => {
    try {
      await fn(t);
    } catch (error) {
      failed = true;
      throw error;
    }
  });
}

clusterTest('a session opened on one instance works on the other, and signing out there ends it on both', async () => {
  const user = await newUser('VIEWER');
  const session = await signIn(A, user, address());
  const onB = expectStatus(await call(B, 'GET', '/api/v1/me', { session }), 200, 'the session from A on B');
  assert.equal(onB.json.user.email, user.email);
  assert.equal(onB.json.csrfToken, session.csrf, 'B knows the session CSRF token A issued');
  // A write on B with the CSRF token A issued (a token of one's own: any role may have them).
  const created = expectStatus(await call(B, 'POST', '/api/v1/api-tokens', { session, body: { name: 'made on B', scopes: ['accounts:read'] } }),
    201, 'a write on B with the session from A');
  expectStatus(await call(A, 'DELETE', `/api/v1/api-tokens/${created.json.apiToken.id}`, { session }), 204, 'a write on A');
  expectStatus(await call(B, 'POST', '/api/v1/auth/logout', { session }), 204, 'signing out on B');
  const afterOnA = expectStatus(await call(A, 'GET', '/api/v1/me', { session }), 401, 'the ended session on A');
  assert.equal(afterOnA.headers.get('content-type'), 'application/problem+json');
  expectStatus(await call(B, 'GET', '/api/v1/me', { session }), 401, 'the ended session on B');
});

clusterTest('through the proxy, one session is served by both instances in turn', async () => {
  const user = await newUser('VIEWER');
  const session = await signIn(PROXY, user, undefined);
  const marker = randomUUID();
  for (let i = 0; i < 4; i++) {
    const me = expectStatus(await call(PROXY, 'GET', `/api/v1/me?probe=${marker}`, { session }), 200, `request ${i + 1} through the proxy`);
    assert.equal(me.json.user.email, user.email);
  }
  const lines = await until('nginx to log the four requests', () => {
    const seen = proxied(marker);
    return seen.length === 4 && seen;
  }, { timeoutMs: 5_000 });
  const upstreams = new Set(lines.map((line) => line.match(/upstream=(\S+)/)?.[1]));
  assert.deepEqual([...upstreams].sort(), [new URL(A).host, new URL(B).host].sort(),
    `both instances served the session; nginx logged:\n${lines.join('\n')}`);
});

clusterTest('a token revoked through one instance is refused by both on the very next request', async () => {
  const { token, id } = await newToken('to revoke', ['accounts:read']);
  // Both instances have seen the token work before it is revoked.
  expectStatus(await call(A, 'GET', '/api/v1/me', { token }), 200, 'the token on A');
  expectStatus(await call(B, 'GET', '/api/v1/me', { token }), 200, 'the token on B');
  expectStatus(await call(A, 'DELETE', `/api/v1/api-tokens/${id}`, { token: admin }), 204, 'revoking through A');
  const onB = expectStatus(await call(B, 'GET', '/api/v1/me', { token }), 401, 'the revoked token on B');
  assert.equal(onB.headers.get('content-type'), 'application/problem+json');
  expectStatus(await call(A, 'GET', '/api/v1/me', { token }), 401, 'the revoked token on A');
});

clusterTest('a session in use on both instances ends on both at once when its password is changed on the other', async () => {
  const user = await newUser('VIEWER');
  const kept = await signIn(A, user, address());
  const other = await signIn(B, user, address());
  // Both instances have seen (and keep) both sessions before the change.
  for (const base of [A, B]) {
    for (const session of [kept, other]) {
      expectStatus(await call(base, 'GET', '/api/v1/me', { session }), 200, `a session on ${base} before`);
    }
  }
  expectStatus(await call(A, 'PUT', `/api/v1/users/${kept.userId}/password`,
    { session: kept, body: { currentPassword: user.password, newPassword: `pw-${randomUUID()}` } }), 204, 'a new password on A');
  const onB = expectStatus(await call(B, 'GET', '/api/v1/me', { session: other }), 401, 'the other session on B');
  assert.equal(onB.headers.get('content-type'), 'application/problem+json');
  expectStatus(await call(A, 'GET', '/api/v1/me', { session: other }), 401, 'the other session on A');
  expectStatus(await call(B, 'GET', '/api/v1/me', { session: kept }), 200, 'the session that changed it, on B');
});

clusterTest('five failed sign-ins for one email, spread over both instances, lock it out on both', async () => {
  const user = await newUser('VIEWER');
  // Three failures on A and two on B, each from a different address: only the email links them.
  for (const base of [A, B, A, B, A]) {
    expectStatus(await call(base, 'POST', '/api/v1/auth/login', { body: { email: user.email, password: 'wrong password!' }, xff: address() }),
      401, `a wrong password on ${base}`);
  }
  for (const base of [B, A]) {
    const locked = expectStatus(await call(base, 'POST', '/api/v1/auth/login', { body: user, xff: address() }),
      429, `the right password on ${base} after five failures`);
    assert.equal(locked.headers.get('content-type'), 'application/problem+json');
    assert.ok(Number(locked.headers.get('retry-after')) > 0, 'Retry-After says when to try again');
  }
});

clusterTest('five failed sign-ins from one address, spread over both instances, lock it out on both', async () => {
  const from = address();
  for (const base of [B, A, B, A, B]) {
    expectStatus(await call(base, 'POST', '/api/v1/auth/login', { body: { email: `nobody-${randomUUID()}@cluster.test`, password: 'wrong password!' }, xff: from }),
      401, `a wrong sign-in on ${base}`);
  }
  const user = await newUser('VIEWER');
  for (const base of [A, B]) {
    expectStatus(await call(base, 'POST', '/api/v1/auth/login', { body: user, xff: from }), 429,
      `a good sign-in from the locked-out address on ${base}`);
  }
  // The same user from another address still gets in: the lockout is the address's, not the user's.
  await signIn(B, user, address());
});

/**
 * Sends `count` requests at once, alternating between A and B, all within a fraction of the rate-limit
 * window; says how many each instance accepted and refused.
 */
async function spread(count, request) {
  const tally = { accepted: 0, refused: 0, acceptedBy: { A: 0, B: 0 }, refusedBy: { A: 0, B: 0 }, other: [] };
  const started = Date.now();
  const responses = await Promise.all(Array.from({ length: count }, (_, i) => request(i % 2 === 0 ? A : B)));
  tally.elapsedMs = Date.now() - started;
  responses.forEach((response, i) => {
    const name = i % 2 === 0 ? 'A' : 'B';
    if (response.status === 429) {
      tally.refused++;
      tally.refusedBy[name]++;
    } else if (response.status < 400 || response.status === 404) {
      tally.accepted++;
      tally.acceptedBy[name]++;
    } else {
      tally.other.push(`${response.status} ${response.text}`);
    }
  });
  // "At most N in any window" says nothing about a burst longer than the window.
  assert.ok(tally.elapsedMs < 5_000, `the burst took ${tally.elapsedMs} ms, too long to judge a ${RATE_WINDOW} window`);
  return tally;
}

clusterTest(`an API token's allowance (${LIMIT} requests a window) is shared by both instances`, async () => {
  const { token } = await newToken('rate limited', ['accounts:read']);
  const tally = await spread(2 * LIMIT, (base) => call(base, 'GET', '/api/v1/me', { token }));
  assert.deepEqual(tally.other, [], 'only 200 or 429 answers');
  assert.ok(tally.accepted <= LIMIT, `at most ${LIMIT} of ${2 * LIMIT} requests accepted across the cluster, got`
    + ` ${tally.accepted} (A ${tally.acceptedBy.A}, B ${tally.acceptedBy.B})`);
  assert.ok(tally.refusedBy.A > 0 && tally.refusedBy.B > 0, 'both instances refuse once the shared allowance is used up');
  assert.ok(tally.accepted > 0, 'the token worked before its allowance ran out');
});

clusterTest(`a client address's public allowance (${PUBLIC_LIMIT} requests a window) is shared by both instances`, async () => {
  const from = address();
  const tally = await spread(2 * PUBLIC_LIMIT, (base) => call(base, 'GET', `/api/v1/public/surveys/no-such-link-${randomUUID()}`, { xff: from }));
  assert.deepEqual(tally.other, [], 'only 404 (no such survey) or 429 answers');
  assert.ok(tally.accepted <= PUBLIC_LIMIT, `at most ${PUBLIC_LIMIT} of ${2 * PUBLIC_LIMIT} requests served across the`
    + ` cluster, got ${tally.accepted} (A ${tally.acceptedBy.A}, B ${tally.acceptedBy.B})`);
  assert.ok(tally.refusedBy.A > 0 && tally.refusedBy.B > 0, 'both instances refuse once the shared allowance is used up');
});

/** Runs SQL in the test database with psql; its rows, tab-separated. */
function sql(statement) {
  const url = new URL(JDBC_URL.replace(/^jdbc:/, ''));
  const result = spawnSync('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-h', url.hostname, '-p', url.port || '5432',
    '-U', process.env.CLUSTER_DB_USER ?? 'stratum', '-d', url.pathname.slice(1), '-c', statement],
  { encoding: 'utf8', env: { ...process.env, PGPASSWORD: process.env.CLUSTER_DB_PASSWORD ?? 'stratum' }, timeout: 10_000 });
  assert.equal(result.status, 0, `psql failed: ${result.stderr}`);
  return result.stdout.trim().split('\n').filter(Boolean).map((line) => line.split('|'));
}

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

clusterTest('the follow-up judging job runs on both instances and judges each overdue follow-up exactly once', async () => {
  const { token } = await newToken('follow-ups', ['accounts:read', 'accounts:write', 'surveys:read', 'surveys:write']);
  const { token: auditor } = await newToken('auditor', ['admin']);
  const followUps = [];
  for (let i = 0; i < 4; i++) {
    const base = i % 2 === 0 ? A : B;
    const account = expectStatus(await call(base, 'POST', '/api/v1/accounts', { token, body: { name: `Cluster follow-up ${i} ${randomUUID()}` } }),
      201, 'an account');
    const qbr = expectStatus(await call(base, 'POST', `/api/v1/accounts/${account.json.id}/qbrs`, { token,
      body: { scheduledFor: day(0), respondentName: 'Jordan Lee', respondentEmail: 'jordan.lee@cluster.test' } }), 201, 'a QBR');
    const answers = qbr.json.questions.filter((q) => q.kind !== 'TEXT').map((q) => q.kind === 'GRADE'
      ? { questionId: q.id, grade: 'F', why: 'Nothing we agreed on happened.' } : { questionId: q.id, score: 0 });
    expectStatus(await call(base, 'POST', `/api/v1/qbrs/${qbr.json.id}/responses`, { token, body: { answers } }), 201, 'failing answers');
    expectStatus(await call(base, 'PUT', `/api/v1/qbrs/${qbr.json.id}/follow-up`, { token,
      body: { targetGrade: 'D', targetDate: day(20), actions: ['Weekly check-in'] } }), 200, 'a follow-up');
    followUps.push(qbr.json.id);
  }
  // Time passes: the API only takes follow-up dates 14 days ahead or more, so the test moves the dates back
  // in one statement, and both instances' next runs find all four overdue at the same moment.
  const ids = followUps.map((id) => `'${id}'`).join(', ');
  const versions = () => Object.fromEntries(sql(`select qbr_id, version from qbr_follow_up where qbr_id in (${ids})`)
    .map(([id, version]) => [id, Number(version)]));
  const before = versions();
  sql(`update qbr_follow_up set target_date = current_date - 30 where qbr_id in (${ids})`);

  const judgements = async () => {
    const page = expectStatus(await call(A, 'GET', '/api/v1/audit-events?entityType=qbr-follow-up&limit=200', { token: auditor }),
      200, 'the audit log');
    // A judgement is a change of status away from OPEN (the creation sets it to OPEN).
    return page.json.items.filter((event) => followUps.includes(event.entityId)
      && event.changes.some((change) => change.field === 'status' && change.before === 'OPEN'));
  };
  await until('every follow-up to be judged', async () => {
    const judged = new Set((await judgements()).map((event) => event.entityId));
    return followUps.every((id) => judged.has(id));
  }, { timeoutMs: 20_000, everyMs: 500 });
  // Both instances keep running the job (each takes the lease in turn): wait until each has run it since.
  const pids = { [children.find((c) => c.name === 'app-a').pid]: false, [children.find((c) => c.name === 'app-b').pid]: false };
  await until('both instances to be seen holding the job lease', () => {
    for (const [holder] of sql("select holder from job_lease where name = 'follow-up-judging'")) {
      const pid = holder.split('@')[0];
      if (pid in pids) pids[pid] = true;
    }
    return Object.values(pids).every(Boolean);
  }, { timeoutMs: 20_000, everyMs: 100 });

  const events = await judgements();
  // Every judgement bumps the row's version, even one that would change nothing the audit log records.
  const after = versions();
  for (const id of followUps) assert.equal(after[id], before[id] + 1, `follow-up ${id} written once by the job`);
  for (const id of followUps) {
    const mine = events.filter((event) => event.entityId === id);
    assert.equal(mine.length, 1, `follow-up ${id} judged once, audit log: ${JSON.stringify(mine)}`);
    assert.equal(mine[0].action, 'system:follow-up-judging');
    assert.deepEqual(mine[0].changes.find((change) => change.field === 'status'), { field: 'status', before: 'OPEN', after: 'MISSED' });
    const qbr = expectStatus(await call(B, 'GET', `/api/v1/qbrs/${id}`, { token }), 200, 'the judged QBR');
    assert.equal(qbr.json.followUp.status, 'MISSED');
    assert.equal(qbr.json.followUp.judgedByQbrId, null);
  }
});

// Last: it locks the proxy's own address out of signing in for the rest of the run.
clusterTest('through the proxy a client cannot choose its address: X-Forwarded-For is overwritten', async () => {
  // Each failed sign-in claims another address and names another email; nginx replaces the claim with the
  // real peer (127.0.0.1), so all five count against one address, wherever nginx sends them.
  for (let i = 0; i < 5; i++) {
    expectStatus(await call(PROXY, 'POST', '/api/v1/auth/login', { body: { email: `nobody-${randomUUID()}@cluster.test`, password: 'wrong password!' }, xff: address() }),
      401, `wrong sign-in ${i + 1} through the proxy`);
  }
  const user = await newUser('VIEWER');
  for (let i = 0; i < 2; i++) {
    expectStatus(await call(PROXY, 'POST', '/api/v1/auth/login', { body: user, xff: address() }), 429,
      'a good sign-in through the proxy, claiming a fresh address, after five failures from the proxy');
  }
  // The claim is honoured from a trusted proxy talking to an instance directly.
  await signIn(A, user, address());
});
