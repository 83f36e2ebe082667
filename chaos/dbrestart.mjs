// Probe 4: the app runs on a PostgreSQL cluster the suite owns; under continuous requests the database is
// stopped (pg_ctl stop -m fast) for a few seconds and started again. While it is down requests get 503
// problems (never a 500, never a hang beyond a bound) and readiness is DOWN; after it returns readiness is UP
// within 2 s and requests succeed.
import http from 'node:http';
import { delay, expectStatus, json, log, now, request, round, until } from './lib.mjs';
import { judge } from './junk.mjs';

const HANG_BOUND_MS = 10_000;
const RECOVERY_BOUND_MS = 2_000;

export async function restartUnderLoad(app, cluster, token, { trials = 4, downMs = 4000, clients = 4 } = {}) {
  const auth = { authorization: `Bearer ${token}` };
  await expectStatus('a first account on the probe database', await request(app.base, { method: 'POST',
    path: '/api/v1/accounts', headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Chaos outage account' }) }), 201);
  const runs = [];
  for (let trial = 1; trial <= trials; trial++) {
    const t0 = now();
    const requests = [];
    const readiness = [];
    let running = true;
    const agent = new http.Agent({ keepAlive: true, maxSockets: clients + 1 });
    // Readers list accounts, one writer creates them; each waits for its answer, then paces 20 ms.
    const client = async (c) => {
      for (let n = 0; running; n++) {
        const write = c === 0;
        const started = now() - t0;
        const r = write
          ? await request(app.base, { method: 'POST', path: '/api/v1/accounts', agent, timeoutMs: HANG_BOUND_MS * 2,
            headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ name: `Chaos outage ${trial}-${n}` }) })
          : await request(app.base, { path: '/api/v1/accounts?limit=5', agent, headers: auth, timeoutMs: HANG_BOUND_MS * 2 });
        requests.push({ started, ended: now() - t0, ms: r.ms, status: r.status ?? null, write,
          problem: r.status ? judge(r).every((f) => f.startsWith('status')) : false, error: r.error,
          excerpt: r.status >= 300 ? (r.body ?? '').slice(0, 160) : undefined });
        await delay(20);
      }
    };
    const poller = async () => {
      while (running) {
        const started = now() - t0;
        const r = await request(app.base, { path: '/q/health/ready', timeoutMs: 5000 });
        readiness.push({ at: now() - t0, started, up: r.status === 200, status: r.status ?? r.error });
        await delay(50);
      }
    };
    const load = Promise.all([...Array.from({ length: clients }, (_, c) => client(c)), poller()]);
    try {
      // Steady state first: readiness UP and requests answered.
      await until('requests to succeed before the outage', 30_000,
        () => requests.filter((r) => r.status >= 200 && r.status < 300).length >= 20 && readiness.some((x) => x.up), 20);
      const stopAsked = now() - t0;
      const stopMs = await cluster.stop('fast');
      const down = now() - t0;
      // Readiness must notice; the outage lasts downMs in all (pacing the outage, not a synchronisation).
      let downSeenAt = null;
      try {
        downSeenAt = (await until('readiness DOWN', downMs + 10_000,
          () => readiness.find((x) => x.started >= stopAsked && !x.up), 20)).at;
      } catch {
        // recorded as never seen
      }
      const left = downMs - (now() - t0 - stopAsked);
      if (left > 0) await delay(left);
      const startAsked = now() - t0;
      const startMs = await cluster.start();
      const back = now() - t0;
      let readyAt = null;
      try {
        readyAt = (await until('readiness UP', 30_000, () => readiness.find((x) => x.started >= back && x.up), 10)).at;
      } catch {
        // recorded as never
      }
      // Load goes on for 3 s after the database is back, so that recovery is seen.
      const settle = 3000 - (now() - t0 - back);
      if (settle > 0) await delay(settle);
      running = false;
      await load;
      agent.destroy();
      runs.push(analyse({ trial, requests, readiness, stopAsked, down, downSeenAt, startAsked, back, readyAt,
        stopMs, startMs }));
      log(`database restart trial ${trial}: ${JSON.stringify(runs.at(-1).summary)}`);
    } catch (e) {
      running = false;
      await load;
      agent.destroy();
      throw e;
    }
  }
  const failures = runs.flatMap((r) => r.failures.map((f) => `trial ${r.trial}: ${f}`));
  const criteria = [
    { name: 'No 500 (or other non-503 error) while the database is down or coming back',
      value: `${runs.reduce((s, r) => s + r.summary.badStatus, 0)}`, ok: runs.every((r) => r.summary.badStatus === 0) },
    { name: 'Every 503 is a problem+json', value: `${runs.reduce((s, r) => s + r.summary.notProblem, 0)} not`,
      ok: runs.every((r) => r.summary.notProblem === 0) },
    { name: `No request takes longer than ${HANG_BOUND_MS / 1000} s`,
      value: `max ${Math.max(...runs.map((r) => r.summary.maxMs))} ms`, ok: runs.every((r) => r.summary.maxMs <= HANG_BOUND_MS) },
    { name: 'Readiness is DOWN while the database is down', value: runs.map((r) => r.summary.downSeenMs === null
      ? 'never' : `${r.summary.downSeenMs} ms`).join(', '), ok: runs.every((r) => r.summary.downSeenMs !== null) },
    { name: `Readiness UP within ${RECOVERY_BOUND_MS / 1000} s of the database accepting connections`,
      value: runs.map((r) => (r.summary.readyLagMs === null ? 'never' : `${r.summary.readyLagMs} ms`)).join(', '),
      ok: runs.every((r) => r.summary.readyLagMs !== null && r.summary.readyLagMs <= RECOVERY_BOUND_MS) },
    { name: `Requests succeed from ${RECOVERY_BOUND_MS / 1000} s after the database is back`,
      value: `${runs.reduce((s, r) => s + r.summary.failedAfterRecovery, 0)} failed`,
      ok: runs.every((r) => r.summary.failedAfterRecovery === 0 && r.summary.firstOkMs !== null) },
  ];
  return { figures: { trials: runs.map(({ failures: _, ...r }) => r) }, criteria, failures: failures.slice(0, 100) };
}

function analyse({ trial, requests, readiness, stopAsked, down, downSeenAt, startAsked, back, readyAt, stopMs, startMs }) {
  const failures = [];
  const isOk = (r) => r.status >= 200 && r.status < 300;
  let badStatus = 0;
  let notProblem = 0;
  for (const r of requests) {
    if (isOk(r)) continue;
    if (r.status === 503) {
      if (!r.problem) {
        notProblem++;
        failures.push(`503 not a problem+json at ${r.started.toFixed(0)} ms`);
      }
    } else {
      badStatus++;
      const at = Math.round(r.started - stopAsked);
      failures.push(`${r.write ? 'POST' : 'GET'} /api/v1/accounts sent ${Math.abs(at)} ms ${at < 0 ? 'before' : 'after'} `
        + `the stop was asked for got ${r.status ?? r.error}: ${r.excerpt ?? ''}`);
    }
  }
  const during = requests.filter((r) => r.started >= stopAsked && r.started < startAsked);
  const after = requests.filter((r) => r.started >= back + RECOVERY_BOUND_MS);
  const failedAfterRecovery = after.filter((r) => !isOk(r)).length;
  const firstOk = requests.find((r) => r.started >= back && isOk(r));
  const maxMs = Math.round(Math.max(0, ...requests.map((r) => r.ms)));
  if (failedAfterRecovery) failures.push(`${failedAfterRecovery} requests failed more than 2 s after the database was back`);
  const summary = {
    requests: requests.length, duringOutage: during.length,
    outageStatuses: tally(during.map((r) => r.status ?? r.error)),
    badStatus, notProblem, maxMs,
    outageMs: Math.round(startAsked - stopAsked), stopMs: Math.round(stopMs), startMs: Math.round(startMs),
    downSeenMs: downSeenAt === null || downSeenAt > startAsked ? null : Math.round(downSeenAt - stopAsked),
    readyLagMs: readyAt === null ? null : Math.round(readyAt - back),
    firstOkMs: firstOk ? Math.round(firstOk.ended - back) : null,
    failedAfterRecovery,
    readinessSamples: readiness.length,
  };
  // Readiness over time, relative to the moment the database was down: each change of answer.
  const changes = [];
  for (const x of readiness) {
    if (!changes.length || changes.at(-1).up !== x.up) {
      changes.push({ started: Math.round(x.started - down), answered: Math.round(x.at - down), up: x.up, status: x.status });
    }
  }
  return { trial, summary, failures, readinessChanges: changes, backAtMs: Math.round(back - down) };
}

function tally(list) {
  const out = {};
  for (const x of list) out[x] = (out[x] ?? 0) + 1;
  return out;
}
