// Resident memory of the packaged app under load, for sizing (docs/operations.md, "Memory").
//
//   node deploy/measure-memory.mjs [JVM options...]       e.g.  node deploy/measure-memory.mjs -Xmx512m -XX:+UseSerialGC
//
// Starts backend/target/quarkus-app/quarkus-run.jar with the given JVM options on an emptied database
// (MEASURE_JDBC_URL, default the stratum_test database; port MEASURE_PORT, default 18310), then: normal
// traffic alone, then ROUNDS rounds of CONCURRENCY concurrent 1 MB request bodies with normal traffic
// alongside, then 30 s of quiet. Prints resident memory (VmRSS) before the load, its peak (VmHWM), and
// after the quiet, read from /proc/<pid>/status. Linux only.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const JAR = join(ROOT, 'backend/target/quarkus-app/quarkus-run.jar');
const PORT = Number(process.env.MEASURE_PORT ?? 18310);
const BASE = `http://127.0.0.1:${PORT}`;
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 300);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const QUIET_MS = 30_000;
const ADMIN = { email: 'admin@memory.test', password: 'memory-admin-password' };
const jvmOptions = process.argv.slice(2);

const logPath = join(tmpdir(), `stratum-memory-${PORT}.log`);
const out = openSync(logPath, 'w');
const app = spawn('java', [...jvmOptions, '-jar', JAR], {
  stdio: ['ignore', out, out],
  env: {
    ...process.env,
    QUARKUS_HTTP_PORT: String(PORT),
    QUARKUS_HTTP_HOST: '127.0.0.1',
    QUARKUS_DATASOURCE_JDBC_URL: process.env.MEASURE_JDBC_URL ?? 'jdbc:postgresql://127.0.0.1:5432/stratum_test',
    QUARKUS_FLYWAY_CLEAN_AT_START: 'true',
    QUARKUS_FLYWAY_CLEAN_DISABLED: 'false',
    STRATUM_ADMIN_EMAIL: ADMIN.email,
    STRATUM_ADMIN_PASSWORD: ADMIN.password,
    STRATUM_RATE_LIMIT_PER_MINUTE: '100000000',
    STRATUM_PUBLIC_RATE_LIMIT_PER_MINUTE: '100000000',
  },
});
closeSync(out);
const stop = () => app.exitCode === null && app.kill('SIGKILL');
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));
// A heap too small for the load can leave the app collecting garbage for ever: give up, and say so.
setTimeout(() => {
  console.log(JSON.stringify({ jvmOptions: jvmOptions.join(' '), result: 'gave up after 5 minutes', log: logPath }));
  process.exit(1);
}, 300_000).unref();

const mb = (kb) => Math.round(kb / 1024);
function status() {
  const text = readFileSync(`/proc/${app.pid}/status`, 'utf8');
  const field = (name) => Number(text.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))[1]);
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

async function until(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (app.exitCode !== null) throw new Error(`the app exited while waiting for ${what}; see ${logPath}`);
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const json = (body) => ({ 'content-type': 'application/json', accept: 'application/json', ...body });

async function main() {
  await until('readiness', async () => (await fetch(`${BASE}/q/health/ready`, { signal: AbortSignal.timeout(5_000) })).ok, 120_000);
  const login = await fetch(`${BASE}/api/v1/auth/login`, { method: 'POST', headers: json(), body: JSON.stringify(ADMIN) });
  const cookie = login.headers.getSetCookie()[0].split(';')[0];
  const csrf = (await login.json()).csrfToken;
  const created = await fetch(`${BASE}/api/v1/api-tokens`, {
    method: 'POST', headers: json({ cookie, 'x-csrf-token': csrf }),
    body: JSON.stringify({ name: 'memory', scopes: ['accounts:read', 'accounts:write'] }),
  });
  const token = (await created.json()).token;
  const auth = { authorization: `Bearer ${token}` };
  for (let i = 0; i < 20; i++) {
    await fetch(`${BASE}/api/v1/accounts`, { method: 'POST', headers: json(auth),
      body: JSON.stringify({ name: `Memory ${i}`, domain: `memory-${i}.example`, arr: 1000 * i }) });
  }

  // Normal traffic: a few clients reading and writing small things in a loop.
  let normal = true;
  const normalStats = { ok: 0, failed: 0, slowestMs: 0 };
  const normalClient = async (i) => {
    while (normal) {
      const started = Date.now();
      try {
        const signal = AbortSignal.timeout(60_000);
        const response = i % 2 === 0
          ? await fetch(`${BASE}/api/v1/accounts?limit=50`, { headers: json(auth), signal })
          : await fetch(`${BASE}/api/v1/me`, { headers: json(auth), signal });
        await response.arrayBuffer();
        response.ok ? normalStats.ok++ : normalStats.failed++;
      } catch {
        normalStats.failed++;
      }
      normalStats.slowestMs = Math.max(normalStats.slowestMs, Date.now() - started);
    }
  };
  const normalClients = Array.from({ length: 4 }, (_, i) => normalClient(i));
  let peakRss = 0;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, status().rss); }, 100);
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const before = status();

  // A body just under the 1 MB limit: a JSON object with one long string the validation then refuses.
  const big = Buffer.from(JSON.stringify({ name: 'x'.repeat(1_000_000 - 20) }));
  const bigStats = {};
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      try {
        const response = await fetch(`${BASE}/api/v1/accounts`, { method: 'POST', headers: json(auth), body: big,
          signal: AbortSignal.timeout(60_000) });
        await response.arrayBuffer();
        bigStats[response.status] = (bigStats[response.status] ?? 0) + 1;
      } catch (error) {
        bigStats[error.cause?.code ?? error.message] = (bigStats[error.cause?.code ?? error.message] ?? 0) + 1;
      }
    }));
  }
  const loaded = status();
  normal = false;
  await Promise.all(normalClients);
  await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  clearInterval(sampler);
  const settled = status();
  const errors = readFileSync(logPath, 'utf8').match(/OutOfMemoryError/g)?.length ?? 0;
  const report = {
    jvmOptions: jvmOptions.join(' ') || '(none: JVM defaults)',
    rssBeforeLoadMB: mb(before.rss),
    peakRssMB: mb(Math.max(settled.hwm, peakRss)),
    rssAtEndOfLoadMB: mb(loaded.rss),
    rssSettledMB: mb(settled.rss),
    bigBodies: bigStats,
    normalRequests: normalStats,
    outOfMemoryErrors: errors,
  };
  console.log(JSON.stringify(report));
}

main().then(() => process.exit(0), (error) => {
  console.error(error.message);
  process.exit(1);
});
