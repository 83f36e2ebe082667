#!/usr/bin/env node
// make chaos: the reliability probes against the packaged app, bounded in time. Writes chaos/results/<time>.json
// and .md, copies the table to chaos/results/latest.md and into docs/reliability.md, and exits 1 when a
// criterion fails. Settings (environment): CHAOS_DB (stratum_chaos; cleaned at start), CHAOS_JDBC_URL,
// CHAOS_PORT (18401), CHAOS_OUTAGE_PORT (18402), CHAOS_PG_PORT (18432), CHAOS_PG_BIN, CHAOS_PROBES
// (junk,slow,kill,db), CHAOS_TIMEOUT_S (600), CHAOS_JAVA_OPTS.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App, Cluster, JAR, ROOT, cleanup, log, mintToken, now, request, until } from './lib.mjs';
import { sweep } from './junk.mjs';
import { flood } from './slowbody.mjs';
import { killUnderWrites } from './kill9.mjs';
import { restartUnderLoad } from './dbrestart.mjs';
import { render, writeReport } from './report.mjs';

const env = process.env;
const DB = env.CHAOS_DB ?? 'stratum_chaos';
const JDBC = env.CHAOS_JDBC_URL ?? `jdbc:postgresql://127.0.0.1:5432/${DB}`;
const PORT = Number(env.CHAOS_PORT ?? 18401);
const OUTAGE_PORT = Number(env.CHAOS_OUTAGE_PORT ?? 18402);
const PG_PORT = Number(env.CHAOS_PG_PORT ?? 18432);
const PROBES = (env.CHAOS_PROBES ?? 'junk,slow,kill,db').split(',').map((s) => s.trim());
const TIMEOUT_S = Number(env.CHAOS_TIMEOUT_S ?? 600);

let finished = false;
async function finish(code, why) {
  if (finished) return;
  finished = true;
  if (why) console.error(`chaos: ${why}`);
  await cleanup();
  process.exit(code);
}
process.on('SIGINT', () => finish(130, 'interrupted; stopping everything it started'));
process.on('SIGTERM', () => finish(143, 'terminated; stopping everything it started'));
process.on('uncaughtException', (e) => finish(1, `unexpected failure: ${e.stack}`));
process.on('unhandledRejection', (e) => finish(1, `unexpected failure: ${e?.stack ?? e}`));
// The suite's own bound: whatever hangs, it stops by itself.
setTimeout(() => finish(1, `the suite did not finish within ${TIMEOUT_S} s (CHAOS_TIMEOUT_S)`), TIMEOUT_S * 1000);

function out(cmd) {
  try {
    return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n')[0];
  } catch {
    return '?';
  }
}

function machine() {
  const cpu = os.cpus()[0]?.model ?? '?';
  return { cpu, cores: os.cpus().length, memoryMb: Math.round(os.totalmem() / 2 ** 20), kernel: os.release(),
    java: out('java -version 2>&1'), postgres: out('psql -V'), node: process.version,
    commit: out(`git -C "${ROOT}" rev-parse --short HEAD`), loadAtStart: os.loadavg()[0].toFixed(1) };
}

/** Runs one probe; a probe that throws is a failed probe with its reason, and the suite goes on. */
async function probe(name, results, fn) {
  const started = now();
  log(`probe ${name}: start`);
  try {
    results[name] = await fn();
  } catch (e) {
    console.error(e.stack);
    results[name] = { error: e.message, criteria: [{ name: 'The probe ran to its end', value: e.message.slice(0, 200), ok: false }] };
  }
  results[name].seconds = Math.round((now() - started) / 100) / 10;
  const failed = results[name].criteria.filter((c) => !c.ok).length;
  log(`probe ${name}: ${failed ? `${failed} criteria FAILED` : 'passed'} in ${results[name].seconds} s`);
}

async function main() {
  // The database is cleaned at start: never one that might hold someone's data.
  const dbName = new URL(JDBC.replace(/^jdbc:/, '')).pathname.slice(1);
  if (!dbName.includes('chaos')) {
    await finish(2, `the database ${dbName} would be cleaned; use one whose name contains "chaos" (CHAOS_DB, CHAOS_JDBC_URL).`);
  }
  if (!fs.existsSync(JAR)) await finish(2, `${JAR} is missing; run 'make build' first.`);
  const started = now();
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const results = { stamp, date: new Date().toISOString(), machine: machine(), probes: {} };
  const p = results.probes;

  if (PROBES.some((x) => ['junk', 'slow', 'kill'].includes(x))) {
    // One app on a cleaned database; the first admin is created at start, as the end-to-end suite does.
    const app = new App({ name: 'app', port: PORT, jdbcUrl: JDBC, clean: true });
    await app.start();
    results.startupMs = Math.round(app.readyMs);
    const admin = await mintToken(app.base);
    const errorsBefore = app.errorLines();
    if (PROBES.includes('junk')) await probe('junk', p, () => sweep(app.base, admin));
    if (PROBES.includes('slow')) {
      await probe('slow', p, () => flood(app.base, admin.token));
    }
    if (PROBES.includes('kill')) {
      await probe('kill', p, async () => {
        // The flood may have left the app unable to answer: the writes need it answering.
        await until('the app to answer again before the writes', 60_000, async () => (await request(app.base, {
          path: '/api/v1/me', headers: { authorization: `Bearer ${admin.token}` }, timeoutMs: 2000 })).status === 200, 200);
        return killUnderWrites(app, admin.token);
      });
    }
    results.appErrorLogLines = app.errorLines() - errorsBefore;
    log(`the app's log: ${app.logFile}`);
    await app.stop();
  }

  if (PROBES.includes('db')) {
    await probe('db', p, async () => {
      const cluster = new Cluster({ port: PG_PORT });
      await cluster.init();
      const app = new App({ name: 'outage', port: OUTAGE_PORT, jdbcUrl: cluster.jdbcUrl() });
      try {
        await app.start();
        log(`the app's log: ${app.logFile}; the cluster's: ${cluster.logFile}`);
        const admin = await mintToken(app.base);
        return await restartUnderLoad(app, cluster, admin.token);
      } finally {
        await app.stop();
        await cluster.destroy();
      }
    });
  }

  results.seconds = Math.round((now() - started) / 1000);
  results.machine.loadAtEnd = os.loadavg()[0].toFixed(1);
  results.passed = Object.values(p).every((r) => r.criteria.every((c) => c.ok));
  const dir = path.join(ROOT, 'chaos/results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${stamp}.json`), `${JSON.stringify(results, null, 1)}\n`);
  const md = render(results);
  writeReport(results, md);
  console.log(`\n${md}`);
  log(`${results.passed ? 'all criteria met' : 'some criteria FAILED'}; ${results.seconds} s in all`);
  await finish(results.passed ? 0 : 1);
}

main().catch((e) => finish(1, e.stack));
