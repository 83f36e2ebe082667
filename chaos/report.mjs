// Turns one run into Markdown: written next to the run's JSON, as chaos/results/latest.md, and into
// docs/reliability.md between its markers.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib.mjs';

const yes = (ok) => (ok ? 'yes' : '**no**');
const cell = (v) => String(v ?? '–').replace(/\|/g, '\\|').replace(/\n/g, ' ');

function criteria(list) {
  return ['| Criterion | Measured | Met |', '|---|---|---|',
    ...list.map((c) => `| ${cell(c.name)} | ${cell(c.value)} | ${yes(c.ok)} |`), ''];
}

function junk(r) {
  const t = r.totals;
  const lines = [`${t.requests.toLocaleString('en')} requests over ${t.operations} operations of the served contract, `
    + `each case once with an admin's API token and once without credentials (the auth cases once), in ${t.seconds} s. `
    + `${t.withoutSecurityHeaders} answers lacked \`X-Content-Type-Options: nosniff\` (reported, not a criterion; by status: `
    + `${JSON.stringify(t.withoutSecurityHeadersByStatus ?? {})}).`, '',
  ...criteria(r.criteria)];
  lines.push('| Operation | Requests | 2xx | 4xx | 5xx | Errors not problem+json | Leaks | Unanswered |',
    '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const o of r.perOperation) {
    lines.push(`| ${o.op} | ${o.requests} | ${o.s2xx} | ${o.s4xx} | ${o.s5xx ? `**${o.s5xx}**` : 0} | `
      + `${o.notProblem ? `**${o.notProblem}**` : 0} | ${o.leaks ? `**${o.leaks}**` : 0} | ${o.noAnswer ? `**${o.noAnswer}**` : 0} |`);
  }
  lines.push('');
  if (r.failures.length) {
    // One row per kind of input and kind of failure, with the operations it hit.
    const groups = new Map();
    for (const f of r.failures) {
      const kind = f.case.split(':').slice(0, 2).join(':');
      const key = `${kind}\u0000${f.failures.join('; ')}`;
      const g = groups.get(key) ?? { kind, failure: f.failures.join('; '), requests: 0, where: new Map(), excerpt: f.excerpt };
      const detail = f.case.split(':').slice(2).join(':');
      const at = `${f.op}${detail ? ` (${detail})` : ''}`;
      g.requests++;
      g.where.set(at, [...new Set([...(g.where.get(at) ?? []), f.auth])]);
      groups.set(key, g);
    }
    lines.push(`Failures (${r.failures.length} requests), by input and answer; "none": without credentials, "token": with `
      + 'the admin\'s token, "custom": the case\'s own credentials:', '',
    '| Input | What came back | Requests | Where (first 8) | Body (first of them) |', '|---|---|---:|---|---|');
    for (const g of [...groups.values()].sort((a, b) => b.requests - a.requests)) {
      const places = [...g.where.entries()].map(([at, auths]) => `${at} [${auths.join(', ')}]`);
      const where = places.slice(0, 8).join(', ') + (places.length > 8 ? `, … ${places.length - 8} more` : '');
      lines.push(`| \`${cell(g.kind)}\` | ${cell(g.failure)} | ${g.requests} | ${cell(where)} | `
        + `${g.excerpt ? `\`${cell(g.excerpt.slice(0, 120))}\`` : '(empty)'} |`);
    }
    lines.push('');
  }
  return lines;
}

function slow(r) {
  const f = r.figures;
  return [`${f.connections} connections from ${f.addresses} client addresses (127.0.0.2 to 127.0.0.${1 + f.addresses}) `
    + `each sent the headers of a 64 KB body (two in three a sign-in without credentials, one in three a POST /accounts `
    + `with the token) and then one byte every ${f.trickleMs / 1000} s; connections the server closed were opened again after 0.5 s. `
    + `Meanwhile one client read GET /api/v1/me with a token for ${f.seconds} s, one request at a time, 20 ms apart.`, '',
  ...criteria(r.criteria),
  '| Figure | Value |', '|---|---|',
  `| Normal client before the flood: requests, p50 / p99 | ${f.baseline.requests}, ${f.baseline.p50} / ${f.baseline.p99} ms |`,
  `| Normal client during the flood: requests, answered, errors | ${f.normal.requests}, ${f.normal.answered}, ${f.normal.errors} ${
    Object.keys(f.normal.errorKinds).length ? `(${cell(JSON.stringify(f.normal.errorKinds))})` : ''} |`,
  `| Normal client during the flood: p50 / p99 / max | ${f.normal.p50 ?? '–'} / ${f.normal.p99 ?? '–'} / ${f.normal.max} ms |`,
  `| Slow connections opened in all / open at the end / closed by the server | ${f.slowConnectionsOpened} / ${
    f.slowConnectionsOpenAtEnd} / ${f.closedByServer} |`,
  `| Server's answers to slow bodies (status: count) | ${cell(JSON.stringify(f.serverAnswersToSlowBodies))} |`,
  `| Median time a slow connection was held before the server closed it | ${f.medianHeldS ?? '–'} s |`,
  `| First answer after the flood stopped | ${f.recoveryMs ?? 'none within 30 s'} ms |`, ''];
}

function kill(r) {
  return ['Eight writers create accounts through the API (POST /accounts with a token) and note every 201; once '
    + '150 to 300 writes are acknowledged the app gets SIGKILL, is started again on the same database, and every '
    + 'acknowledged account is read back (GET by id) with its audit row (GET /audit-events?entityId=…).', '',
  ...criteria(r.criteria),
  '| Trial | Attempts | Acknowledged | Killed at | Restart to ready | Lost | Without audit row | Committed but unanswered | Failed requests |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...r.figures.trials.map((t) => `| ${t.trial} | ${t.attempts} | ${t.acknowledged} | ${t.killedAtS} s | ${
    (t.restartMs / 1000).toFixed(1)} s | ${t.lost} | ${t.lostAudit} | ${t.storedWithoutAnswer} | ${cell(JSON.stringify(t.failedRequests))} |`),
  ''];
}

function db(r) {
  return ['The app runs on a PostgreSQL 15 cluster the suite creates (initdb in a temporary folder). Four clients '
    + '(three list accounts, one creates them, each 20 ms after its last answer) and a readiness poller (every '
    + '50 ms) run while the database is stopped with `pg_ctl stop -m fast`, started again '
    + '(`pg_ctl start -w`) 4 s after the stop was asked for. "Readiness DOWN after" counts from the stop being '
    + 'asked for; "UP after restart" and "first success" from the moment `pg_ctl start -w` returned (the database '
    + 'accepting connections).', '',
  ...criteria(r.criteria),
  '| Trial | Requests | Sent during the outage (status: count) | Max request | Readiness DOWN after | Readiness UP after restart | First success after restart | Failures after 2 s |',
  '|---:|---:|---|---:|---:|---:|---:|---:|',
  ...r.figures.trials.map(({ trial, summary: s }) => `| ${trial} | ${s.requests} | ${cell(JSON.stringify(s.outageStatuses))} | ${
    s.maxMs} ms | ${s.downSeenMs ?? 'never'} ms | ${s.readyLagMs ?? 'never'} ms | ${s.firstOkMs ?? 'never'} ms | ${s.failedAfterRecovery} |`),
  '', ...(r.failures?.length ? ['Failures (first 10):', '', ...r.failures.slice(0, 10).map((f) => `- ${f}`), ''] : [])];
}

const SECTIONS = [
  ['junk', '1. Junk input over every operation', junk],
  ['slow', '2. Slow-body flood', slow],
  ['kill', '3. kill -9 under writes', kill],
  ['db', '4. Database restart under load', db],
];

export function render(results) {
  const m = results.machine;
  const lines = [`Run ${results.stamp} (commit ${m.commit}) on ${m.cores} cores (${m.cpu}), ${Math.round(m.memoryMb / 1024)} GiB, `
    + `${m.java}, ${m.postgres}, Node ${m.node}, load average ${m.loadAtStart ?? '?'} at the start and ${m.loadAtEnd ?? '?'} at the end: `
    + `${results.seconds} s in all${results.startupMs ? `, app ready `
    + `${(results.startupMs / 1000).toFixed(1)} s after launch on a cleaned database` : ''}. `
    + `**${results.passed ? 'Every criterion met.' : 'Some criteria are not met.'}**`, ''];
  lines.push('| Probe | Criteria met | Time |', '|---|---|---:|');
  for (const [key, title] of SECTIONS) {
    const r = results.probes[key];
    if (!r) continue;
    const met = r.criteria.filter((c) => c.ok).length;
    lines.push(`| ${title} | ${met} of ${r.criteria.length}${met < r.criteria.length ? ' **(fails)**' : ''} | ${r.seconds} s |`);
  }
  lines.push('');
  if (results.appErrorLogLines !== undefined) {
    lines.push(`The app wrote ${results.appErrorLogLines} ERROR lines to its log during probes 1 to 3 (reported, not a criterion).`, '');
  }
  for (const [key, title, fn] of SECTIONS) {
    const r = results.probes[key];
    if (!r) continue;
    lines.push(`### ${title}`, '');
    lines.push(...(r.error ? [`The probe stopped: ${r.error}`, ''] : fn(r)));
  }
  return `${lines.join('\n')}`;
}

export function writeReport(results, md) {
  const dir = path.join(ROOT, 'chaos/results');
  fs.writeFileSync(path.join(dir, `${results.stamp}.md`), `${md}\n`);
  fs.writeFileSync(path.join(dir, 'latest.md'), `${md}\n`);
  const doc = path.join(ROOT, 'docs/reliability.md');
  if (fs.existsSync(doc)) {
    const text = fs.readFileSync(doc, 'utf8');
    fs.writeFileSync(doc, text.replace(/(<!-- chaos:latest -->\n)[\s\S]*?(<!-- \/chaos:latest -->)/,
      (_, a, b) => `${a}${md}\n${b}`));
  }
}
