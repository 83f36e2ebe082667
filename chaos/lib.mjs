// Shared by the probes: HTTP over plain and raw sockets, the packaged app and a PostgreSQL cluster as child
// processes that are always ended, polling with deadlines, and small statistics. Node's built-in modules only.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const JAR = path.join(ROOT, 'backend/target/quarkus-app/quarkus-run.jar');
export const ADMIN = { email: 'chaos-admin@stratum.chaos', password: 'chaos-admin-password' };
export const ALL_SCOPES = ['accounts:read', 'accounts:write', 'surveys:read', 'surveys:write', 'opportunities:read',
  'opportunities:write', 'admin'];

export function log(...parts) {
  const t = new Date().toISOString().slice(11, 23);
  console.log(`chaos ${t}`, ...parts);
}

export const now = () => performance.now();

// ---------------------------------------------------------------------------------------------------------
// Processes: everything started here is registered and ended by cleanup(), also on failure or a signal.
const children = new Set();
const cleanups = [];

export function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function onCleanup(fn) {
  cleanups.push(fn);
}

export async function cleanup() {
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      await fn();
    } catch (e) {
      console.error('chaos: cleanup step failed:', e.message);
    }
  }
  for (const child of children) {
    try {
      process.kill(child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Waits until check() returns a truthy value, polling every intervalMs; throws with what after timeoutMs. */
export async function until(what, timeoutMs, check, intervalMs = 50) {
  const deadline = now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await delay(intervalMs);
  }
}

// ---------------------------------------------------------------------------------------------------------
// HTTP. One connection per request unless an agent is given, so that one hostile request cannot poison the
// next; every request has a deadline and a missing answer is a result, not an exception.
export function request(base, { method = 'GET', path: p = '/', headers = {}, body, timeoutMs = 10_000, agent,
  localAddress } = {}) {
  const url = new URL(base);
  return new Promise((resolve) => {
    const started = now();
    let settled = false;
    const done = (r) => {
      if (settled) return;
      settled = true;
      resolve({ ms: now() - started, ...r });
    };
    let req;
    try {
      req = http.request({ host: url.hostname, port: url.port, method, path: p, headers,
        agent: agent ?? false, localAddress, timeout: timeoutMs }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode, headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => done({ error: `response: ${e.code ?? e.message}` }));
      });
    } catch (e) {
      done({ error: `client refused to send: ${e.code ?? e.message}` });
      return;
    }
    req.on('timeout', () => {
      req.destroy();
      done({ error: `no answer within ${timeoutMs} ms` });
    });
    req.on('error', (e) => done({ error: e.code ?? e.message }));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Sends bytes as they are over a fresh socket and reads one HTTP/1.1 response (or notes that none came). */
export function rawRequest(base, bytes, { timeoutMs = 10_000 } = {}) {
  const url = new URL(base);
  return new Promise((resolve) => {
    const started = now();
    const socket = net.connect({ host: url.hostname, port: Number(url.port) });
    let buf = Buffer.alloc(0);
    let settled = false;
    const done = (r) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ms: now() - started, ...r });
    };
    const timer = setTimeout(() => done(parse(buf, true) ?? { error: `no answer within ${timeoutMs} ms` }),
      timeoutMs);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (c) => {
      buf = Buffer.concat([buf, c]);
      const r = parse(buf, false);
      if (r) done(r);
    });
    socket.on('end', () => done(parse(buf, true) ?? { error: 'connection closed without an answer' }));
    socket.on('error', (e) => done(parse(buf, true) ?? { error: e.code ?? e.message }));
  });
}

// A complete response in buf, or null while more is needed (ended: the peer closed, take what there is).
function parse(buf, ended) {
  const end = buf.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const lines = buf.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(lines[0].split(' ')[1]);
  const headers = {};
  for (const line of lines.slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  let rest = buf.subarray(end + 4);
  if (headers['content-length'] !== undefined) {
    const n = Number(headers['content-length']);
    if (rest.length < n && !ended) return null;
    return { status, headers, body: rest.subarray(0, n).toString('utf8') };
  }
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
    const parts = [];
    for (;;) {
      const eol = rest.indexOf('\r\n');
      if (eol < 0) return ended ? { status, headers, body: Buffer.concat(parts).toString('utf8') } : null;
      const size = parseInt(rest.subarray(0, eol).toString('latin1'), 16);
      if (size === 0) return { status, headers, body: Buffer.concat(parts).toString('utf8') };
      if (rest.length < eol + 2 + size + 2) {
        return ended ? { status, headers, body: Buffer.concat(parts).toString('utf8') } : null;
      }
      parts.push(rest.subarray(eol + 2, eol + 2 + size));
      rest = rest.subarray(eol + 2 + size + 2);
    }
  }
  if (status === 204 || status === 304) return { status, headers, body: '' };
  return ended ? { status, headers, body: rest.toString('utf8') } : null;
}

export function json(r) {
  try {
    return JSON.parse(r.body);
  } catch {
    return undefined;
  }
}

export async function expectStatus(what, r, ...statuses) {
  if (!statuses.includes(r.status)) {
    throw new Error(`${what}: expected ${statuses.join(' or ')}, got ${r.status ?? r.error} ${
      (r.body ?? '').slice(0, 300)}`);
  }
  return json(r);
}

/** Signs the first admin in and mints an API token with every scope, the way a person would. */
export async function mintToken(base, name = 'chaos') {
  const login = await request(base, { method: 'POST', path: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  await expectStatus('sign-in as the chaos admin', login, 200, 204);
  const cookie = [].concat(login.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  const me = await expectStatus('GET /me after sign-in', await request(base, { path: '/api/v1/me',
    headers: { cookie } }), 200);
  const created = await expectStatus('POST /api-tokens', await request(base, { method: 'POST',
    path: '/api/v1/api-tokens', headers: { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ name, scopes: ALL_SCOPES }) }), 201);
  return { token: created.token, tokenId: created.apiToken.id, userId: me.user.id };
}

// ---------------------------------------------------------------------------------------------------------
// The packaged app.
export class App {
  constructor({ name, port, jdbcUrl, clean = false, env = {} }) {
    Object.assign(this, { name, port, jdbcUrl, clean, env });
    this.base = `http://127.0.0.1:${port}`;
    this.logFile = path.join(os.tmpdir(), `stratum-chaos-${name}-${port}.log`);
    fs.writeFileSync(this.logFile, ''); // one run's log; restarts append to it
  }

  async start({ timeoutMs = 180_000 } = {}) {
    const busy = await request(this.base, { path: '/q/health/ready', timeoutMs: 1000 });
    if (busy.status) throw new Error(`port ${this.port} is already in use; stop what runs there or set CHAOS_PORT`);
    const out = fs.openSync(this.logFile, 'a');
    const started = now();
    this.child = track(spawn('java', [...(process.env.CHAOS_JAVA_OPTS ?? '').split(' ').filter(Boolean), '-jar', JAR], {
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        QUARKUS_HTTP_PORT: String(this.port),
        QUARKUS_DATASOURCE_JDBC_URL: this.jdbcUrl,
        QUARKUS_DATASOURCE_USERNAME: 'stratum',
        QUARKUS_DATASOURCE_PASSWORD: 'stratum',
        QUARKUS_FLYWAY_CLEAN_AT_START: String(this.clean),
        QUARKUS_FLYWAY_CLEAN_DISABLED: String(!this.clean),
        STRATUM_ADMIN_EMAIL: ADMIN.email,
        STRATUM_ADMIN_PASSWORD: ADMIN.password,
        // The probes measure robustness, not the rate limits (the backend suite tests those).
        STRATUM_RATE_LIMIT_PER_MINUTE: '1000000000',
        STRATUM_PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000000',
        // The jobs' first run at start, not a minute later: the threat-exposure report answers 503 until its job
        // has computed the first snapshot, and the probes start right after readiness.
        STRATUM_JOBS_START_DELAY: '0s',
        ...this.env,
      },
    }));
    fs.closeSync(out);
    this.clean = false; // a restart keeps the data
    const child = this.child;
    await until(`${this.name} to be ready on ${this.base}`, timeoutMs, async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`${this.name} exited during start-up; log ${this.logFile}:\n${this.tail()}`);
      }
      const r = await request(this.base, { path: '/q/health/ready', timeoutMs: 2000 });
      return r.status === 200;
    }, 50);
    this.readyMs = now() - started;
    return this.readyMs;
  }

  tail(lines = 30) {
    try {
      return fs.readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  rssMb() {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8'))[1];
      return Math.round(Number(kb) / 1024);
    } catch {
      return null;
    }
  }

  async kill9() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    process.kill(child.pid, 'SIGKILL');
    await gone;
  }

  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    process.kill(child.pid, 'SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await gone;
    clearTimeout(timer);
  }

  errorLines() {
    try {
      return fs.readFileSync(this.logFile, 'utf8').split('\n').filter((l) => / ERROR /.test(l)).length;
    } catch {
      return 0;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// A PostgreSQL cluster owned by the suite (initdb into a temporary folder), for the database-restart probe.
// initdb refuses to run as root, so under root the server runs as the postgres OS user.
export class Cluster {
  constructor({ port, bin = process.env.CHAOS_PG_BIN ?? '/usr/lib/postgresql/15/bin' }) {
    this.port = port;
    this.bin = bin;
  }

  // Asynchronous, so that the probe's clients and pollers keep running while pg_ctl works.
  run(tool, args, { check = true } = {}) {
    const cmd = path.join(this.bin, tool);
    const asRoot = process.getuid?.() === 0;
    const child = track(asRoot ? spawn('runuser', ['-u', 'postgres', '--', cmd, ...args])
      : spawn(cmd, args));
    let output = '';
    child.stdout.on('data', (c) => { output += c; });
    child.stderr.on('data', (c) => { output += c; });
    return new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => {
        if (check && code !== 0) reject(new Error(`${tool} ${args.join(' ')} failed (${code}): ${output.trim()}`));
        else resolve({ code, output });
      });
    });
  }

  async init() {
    if (!fs.existsSync(path.join(this.bin, 'initdb'))) {
      throw new Error(`no PostgreSQL server binaries in ${this.bin} (Debian: apt-get install postgresql-15, or set CHAOS_PG_BIN)`);
    }
    const open = await new Promise((resolve) => {
      const s = net.connect({ host: '127.0.0.1', port: this.port });
      s.on('connect', () => { s.destroy(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (open) throw new Error(`port ${this.port} is already in use; set CHAOS_PG_PORT to a free port`);
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stratum-chaos-pg-'));
    this.data = path.join(this.dir, 'data');
    this.logFile = path.join(this.dir, 'postgres.log');
    if (process.getuid?.() === 0) spawnSync('chown', ['postgres:postgres', this.dir]);
    onCleanup(() => this.destroy());
    await this.run('initdb', ['-D', this.data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    await this.start();
    await this.psql(`create role stratum login password 'stratum'`);
    await this.psql('create database stratum owner stratum');
  }

  jdbcUrl() {
    return `jdbc:postgresql://127.0.0.1:${this.port}/stratum`;
  }

  psql(sql) {
    return this.run('psql', ['-h', '127.0.0.1', '-p', String(this.port), '-U', 'postgres', '-d', 'postgres',
      '-v', 'ON_ERROR_STOP=1', '-qtAc', sql]);
  }

  /** pg_ctl start -w: returns once the server accepts connections; the ms it took. */
  async start() {
    const t = now();
    await this.run('pg_ctl', ['-D', this.data, '-l', this.logFile, '-w', '-t', '60', '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1`, 'start']);
    return now() - t;
  }

  async stop(mode = 'fast') {
    const t = now();
    await this.run('pg_ctl', ['-D', this.data, '-m', mode, '-w', '-t', '60', 'stop']);
    return now() - t;
  }

  async destroy() {
    if (!this.dir) return;
    if (fs.existsSync(path.join(this.data, 'postmaster.pid'))) {
      await this.run('pg_ctl', ['-D', this.data, '-m', 'immediate', '-w', 'stop'], { check: false });
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
}

// ---------------------------------------------------------------------------------------------------------
export function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

export const round = (v, digits = 1) => (v === null || v === undefined ? null : Number(v.toFixed(digits)));

/** Runs fn over items with at most `limit` at a time. */
export async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }));
  return results;
}

export { randomUUID, delay };
