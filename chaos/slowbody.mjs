// Probe 2: many connections trickle a request body (one byte every few seconds) from several client addresses
// while a normal client reads GET /api/v1/me with a token. The normal client must be answered every time,
// with p99 under 100 ms. Connections the server closes are opened again, as an attacker would.
import http from 'node:http';
import net from 'node:net';
import { delay, log, now, percentile, request, round, until } from './lib.mjs';

export async function flood(base, token, {
  connections = 300, addresses = 10, seconds = 20, trickleMs = 3000, paceMs = 20, baselineSeconds = 3,
} = {}) {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const normal = async (until_) => {
    const samples = [];
    const errors = [];
    while (now() < until_) {
      const r = await request(base, { path: '/api/v1/me', headers: { authorization: `Bearer ${token}` }, agent,
        timeoutMs: 5000 });
      if (r.status === 200) samples.push(r.ms);
      else errors.push(r.error ?? `status ${r.status}`);
      await delay(paceMs); // pacing the client, not waiting for a condition
    }
    return { samples, errors };
  };

  const baseline = await normal(now() + baselineSeconds * 1000);

  let flooding = true;
  const sockets = new Set();
  const stats = { opened: 0, connectFailures: 0, closedByServer: 0, answered: {}, bytesSent: 0, heldMs: [] };
  const open = (i) => {
    if (!flooding) return;
    const localAddress = `127.0.0.${2 + (i % addresses)}`;
    // Two in three are sign-ins without credentials, one in three a write with the token.
    const withToken = i % 3 === 2;
    const target = withToken ? '/api/v1/accounts' : '/api/v1/auth/login';
    const socket = net.connect({ host: url.hostname, port: Number(url.port), localAddress });
    const opened = now();
    let timer;
    let answered = false;
    let connected = false;
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('connect', () => {
      connected = true;
      stats.opened++;
      socket.write(`POST ${target} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\n`
        + `Content-Length: 65536\r\n${withToken ? `Authorization: Bearer ${token}\r\n` : ''}\r\n{`);
      timer = setInterval(() => {
        socket.write(' ');
        stats.bytesSent++;
      }, trickleMs);
    });
    socket.on('data', (chunk) => {
      if (answered) return;
      answered = true;
      const status = chunk.toString('latin1').split(' ')[1];
      stats.answered[status] = (stats.answered[status] ?? 0) + 1;
    });
    socket.on('error', () => {
      if (!connected) stats.connectFailures++;
    });
    socket.on('close', () => {
      clearInterval(timer);
      sockets.delete(socket);
      if (flooding) {
        stats.closedByServer++;
        if (connected) stats.heldMs.push(now() - opened);
        // Paced, so that a server refusing or closing connections at once does not turn the client into a busy
        // loop that competes with the app for the CPU.
        setTimeout(() => open(i), 500);
      }
    });
  };
  const floodStarted = now();
  for (let i = 0; i < connections; i++) open(i);
  let rampMs = null;
  try {
    await until(`${connections} slow connections to be open`, 30_000, () => stats.opened >= connections, 20);
    rampMs = now() - floodStarted;
  } catch (e) {
    log(`slow-body flood: only ${stats.opened} of ${connections} connections opened`);
  }
  log(`slow-body flood: ${sockets.size} connections trickling; normal client for ${seconds} s`);
  const measured = await normal(now() + seconds * 1000);
  const open_ = sockets.size;
  flooding = false;
  for (const s of sockets) s.destroy();
  agent.destroy();

  // The app must answer again once the flood stops.
  let recoveryMs = null;
  const stopped = now();
  try {
    await until('GET /api/v1/me after the flood', 30_000, async () => (await request(base, { path: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` }, timeoutMs: 2000 })).status === 200);
    recoveryMs = now() - stopped;
  } catch {
    // recorded as null
  }

  const attempts = measured.samples.length + measured.errors.length;
  const p99 = percentile(measured.samples, 99);
  const figures = {
    connections, addresses, trickleMs, seconds, rampMs: round(rampMs, 0),
    slowConnectionsOpenAtEnd: open_, slowConnectionsOpened: stats.opened, closedByServer: stats.closedByServer,
    serverAnswersToSlowBodies: stats.answered, medianHeldS: round(percentile(stats.heldMs, 50) / 1000 || null, 1),
    baseline: { requests: baseline.samples.length + baseline.errors.length, errors: baseline.errors.length,
      p50: round(percentile(baseline.samples, 50), 1), p99: round(percentile(baseline.samples, 99), 1) },
    normal: { requests: attempts, answered: measured.samples.length, errors: measured.errors.length,
      errorKinds: count(measured.errors), p50: round(percentile(measured.samples, 50), 1), p99: round(p99, 1),
      max: round(Math.max(0, ...measured.samples), 1) },
    recoveryMs: round(recoveryMs, 0),
  };
  const criteria = [
    { name: `The normal client is answered every time (${attempts} requests in ${seconds} s)`,
      value: `${measured.errors.length} errors`, ok: attempts > 0 && measured.errors.length === 0 },
    { name: 'The normal client\'s p99 under 100 ms', value: p99 === null ? 'no answer' : `${p99.toFixed(1)} ms`,
      ok: p99 !== null && p99 < 100 },
    { name: `The flood reached ${connections} connections`, value: `${stats.opened} opened, ${open_} open at the end`,
      ok: rampMs !== null },
    { name: 'The app answers within 30 s after the flood stops', value: recoveryMs === null ? 'no' : `${recoveryMs.toFixed(0)} ms`,
      ok: recoveryMs !== null },
  ];
  return { figures, criteria };
}

function count(list) {
  const out = {};
  for (const x of list) out[x] = (out[x] ?? 0) + 1;
  return out;
}
