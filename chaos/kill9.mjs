// Probe 3: concurrent writers create accounts through the API and note every acknowledged (201) id; the app
// is killed with SIGKILL mid-stream and started again; every acknowledged account must be there, with its
// audit row.
import http from 'node:http';
import { expectStatus, json, log, now, pool, request, round, until } from './lib.mjs';

export async function killUnderWrites(app, token, { writers = 8, trials = 3, minAcks = 150 } = {}) {
  const auth = { authorization: `Bearer ${token}` };
  const runs = [];
  for (let trial = 1; trial <= trials; trial++) {
    const tag = `Chaos durable ${Date.now().toString(36)}-${trial}`;
    const acked = [];
    const failed = {};
    let stop = false;
    let attempts = 0;
    const agent = new http.Agent({ keepAlive: true, maxSockets: writers });
    const writer = async (w) => {
      for (let n = 0; !stop; n++) {
        attempts++;
        const name = `${tag} w${w} #${n}`;
        const r = await request(app.base, { method: 'POST', path: '/api/v1/accounts', agent, timeoutMs: 10_000,
          headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
        if (r.status === 201) {
          acked.push({ id: json(r).id, name });
        } else {
          const kind = r.error ?? `status ${r.status}`;
          failed[kind] = (failed[kind] ?? 0) + 1;
          // Before the kill a failure is a finding; after it the app is gone and the writer stops.
          if (r.error && app.child.exitCode === null && app.child.signalCode === null) continue;
          if (r.error) return;
        }
      }
    };
    const started = now();
    const running = Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
    // Kill mid-stream: once enough writes are acknowledged (a different number each trial).
    const target = minAcks + Math.floor(Math.random() * minAcks);
    try {
      await until(`${target} acknowledged writes`, 60_000, () => acked.length >= target, 5);
    } catch (e) {
      stop = true;
      await running;
      throw new Error(`${e.message} (${acked.length} acknowledged; failures: ${JSON.stringify(failed)})`);
    }
    const ackedBeforeKill = acked.length;
    await app.kill9();
    const killedAt = now() - started;
    stop = true;
    await running;
    agent.destroy();
    const ackedTotal = acked.length;
    log(`kill -9 trial ${trial}: ${ackedTotal} writes acknowledged, killed at ${(killedAt / 1000).toFixed(1)} s; restarting`);
    const restartMs = await app.start();

    // Every acknowledged write, and its audit row.
    const missing = [];
    const missingAudit = [];
    await pool(acked, 8, async ({ id, name }) => {
      const r = await request(app.base, { path: `/api/v1/accounts/${id}`, headers: auth });
      if (r.status !== 200 || json(r)?.name !== name) missing.push({ id, status: r.status ?? r.error });
      const a = await request(app.base, { path: `/api/v1/audit-events?entityId=${id}`, headers: auth });
      const events = json(a)?.items ?? [];
      if (a.status !== 200 || !events.some((e) => e.action === 'createAccount')) {
        missingAudit.push({ id, status: a.status ?? a.error, actions: events.map((e) => e.action) });
      }
    });
    // Writes that were in flight at the kill may have committed without an answer: counted, not a fault.
    let stored = 0;
    let cursor = null;
    do {
      const page = await expectStatus('listing the trial\'s accounts', await request(app.base, {
        path: `/api/v1/accounts?limit=200&q=${encodeURIComponent(tag)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        headers: auth }), 200);
      stored += page.items.filter((a) => a.name.startsWith(tag)).length;
      cursor = page.nextCursor;
    } while (cursor);
    runs.push({
      trial, writers, attempts, acknowledged: ackedTotal, ackedBeforeKill, killedAtS: round(killedAt / 1000, 1),
      failedRequests: failed, restartMs: round(restartMs, 0), lost: missing.length, lostAudit: missingAudit.length,
      storedWithoutAnswer: stored - ackedTotal + missing.length, examplesLost: missing.slice(0, 5),
      examplesLostAudit: missingAudit.slice(0, 5),
    });
  }
  const acked = runs.reduce((s, r) => s + r.acknowledged, 0);
  const lost = runs.reduce((s, r) => s + r.lost, 0);
  const lostAudit = runs.reduce((s, r) => s + r.lostAudit, 0);
  const criteria = [
    { name: `Acknowledged writes lost (${trials} kills, ${acked} acknowledged)`, value: `${lost}`, ok: lost === 0 && acked > 0 },
    { name: 'Acknowledged writes without their audit row', value: `${lostAudit}`, ok: lostAudit === 0 && acked > 0 },
  ];
  return { figures: { trials: runs }, criteria };
}
