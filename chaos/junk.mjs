// Probe 1: hostile input over every operation of the contract the running app serves (/q/openapi), as an
// admin with an API token and without credentials. Every answer must be below 500, every error an RFC 9457
// problem (application/problem+json with type, title, status, detail), and no body may carry a stack trace,
// SQL text or a Java class name.
import { expectStatus, json, log, pool, randomUUID, rawRequest, request } from './lib.mjs';

const HUGE = 'x'.repeat(10_000);
const NUL = 'chaos\u0000nul';

// What must never be in a response body. Inputs below never contain these patterns themselves.
const LEAKS = [
  ['stack frame', /\bat [\w$]+(\.[\w$<>]+)+\([\w$]*(\.java)?(:\d+)?\)/],
  ['Java class name', /\b(java|javax|jakarta|sun|org\.hibernate|org\.postgresql|org\.jboss|io\.quarkus|io\.vertx|io\.smallrye|io\.netty|com\.fasterxml|com\.stratum)\.[a-z][\w$]*(\.[\w$]+)+/],
  ['exception name', /\b[A-Z][A-Za-z0-9]*(Exception|Error)\b/],
  ['SQL text', /\b(SQLState|SQL state|syntax error at or near|violates (foreign key|unique|check|not-null) constraint|duplicate key value|insert into \w+|delete from \w+|update \w+ set \w+|select .{1,200} from \w+ \w+\d+_\d+)/i],
  ['SQL alias', /\b[a-z]+\d+_\d+\.[a-z_]+\b/],
  ['PostgreSQL error', /\bERROR: +[a-z]/],
];

export function leakIn(body) {
  for (const [name, re] of LEAKS) {
    const m = re.exec(body ?? '');
    if (m) return `${name}: ${m[0].slice(0, 80)}`;
  }
  return null;
}

/** Judges one answer; returns the failures it shows (empty when it is fine). */
export function judge(r) {
  const failures = [];
  if (r.error) return [`no answer (${r.error})`];
  if (r.status >= 500) failures.push(`status ${r.status}`);
  if (r.status >= 400) {
    const type = String(r.headers['content-type'] ?? '');
    if (!type.startsWith('application/problem+json')) {
      failures.push(`not problem+json (${r.status}, content-type ${type || 'none'})`);
    } else {
      const p = json(r);
      const missing = p && typeof p === 'object'
        ? ['type', 'title', 'detail'].filter((k) => typeof p[k] !== 'string' || !p[k])
          .concat(p.status === r.status ? [] : ['status'])
        : ['a JSON object'];
      if (missing.length) failures.push(`problem without ${missing.join(', ')} (${r.status})`);
    }
  }
  const leak = leakIn(r.body);
  if (leak) failures.push(`leaks ${leak}`);
  return failures;
}

// ---------------------------------------------------------------------------------------------------------
// The contract.
function resolver(doc) {
  const schemas = doc.components?.schemas ?? {};
  const resolve = (s, depth = 0) => {
    if (!s || depth > 10) return s ?? {};
    if (s.$ref) return resolve(schemas[s.$ref.split('/').pop()], depth + 1);
    if (s.allOf) {
      // The parts give type, format and enum; the outer schema's own keys (description, …) stay.
      const merged = {};
      for (const part of s.allOf) Object.assign(merged, resolve(part, depth + 1));
      const { allOf, ...own } = s;
      return { ...merged, ...own };
    }
    return s;
  };
  return resolve;
}

export function operations(doc) {
  const ops = [];
  for (const [p, item] of Object.entries(doc.paths)) {
    if (!p.startsWith('/api/')) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      ops.push({ id: op.operationId ?? `${method} ${p}`, method: method.toUpperCase(), path: p, op,
        params: [...(item.parameters ?? []), ...(op.parameters ?? [])] });
    }
  }
  return ops;
}

// ---------------------------------------------------------------------------------------------------------
// Real records, so that junk reaches past the "unknown id" check into the code that parses and validates.
export async function fixtures(base, { token, userId }) {
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const post = async (p, body, ...ok) => expectStatus(`fixture POST ${p}`,
    await request(base, { method: 'POST', path: p, headers: auth, body: body === undefined ? undefined : JSON.stringify(body) }),
    ...(ok.length ? ok : [201]));
  const tag = randomUUID().slice(0, 8);
  const user = await post('/api/v1/users', { name: 'Chaos Manager', email: `chaos-am-${tag}@stratum.chaos`,
    role: 'ACCOUNT_MANAGER', password: 'a long chaos password' });
  const parent = await post('/api/v1/accounts', { name: `Chaos parent ${tag}`, ownerId: user.id });
  const account = await post('/api/v1/accounts', { name: `Chaos account ${tag}`, ownerId: user.id });
  const templates = await expectStatus('fixture templates', await request(base, { path: '/api/v1/survey-templates',
    headers: auth }), 200);
  const template = templates.items.find((t) => t.isDefault) ?? templates.items[0];
  const copy = await post(`/api/v1/survey-templates/${template.id}/copy`, undefined, 201, 200);
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const qbr = await post(`/api/v1/accounts/${account.id}/qbrs`, { scheduledFor: inAWeek, respondentName: 'Chaos Respondent',
    respondentEmail: 'respondent@chaos.example' });
  const invitation = await post(`/api/v1/qbrs/${qbr.id}/invitation`, undefined, 200, 201);
  const opportunity = await post('/api/v1/opportunities', { accountId: account.id, type: 'UPSELL', title: 'Chaos upsell',
    amount: 1000, expectedCloseDate: inAWeek });
  const spare = await post('/api/v1/api-tokens', { name: `chaos-spare-${tag}`, scopes: ['accounts:read'] });
  return {
    adminId: userId, userId: user.id, accountId: account.id, parentId: parent.id, templateId: template.id,
    copyId: copy.id, qbrId: qbr.id, surveyToken: invitation.url.split('/').pop(), opportunityId: opportunity.id,
    spareTokenId: spare.apiToken.id,
  };
}

function pathValue(p, name, fx) {
  if (name === 'accountId' || p.startsWith('/api/v1/accounts/')) return fx.accountId;
  if (p.startsWith('/api/v1/opportunities/')) return fx.opportunityId;
  if (p.startsWith('/api/v1/qbrs/')) return fx.qbrId;
  if (p.startsWith('/api/v1/survey-templates/')) return fx.copyId;
  if (p.startsWith('/api/v1/users/')) return fx.userId;
  if (p.startsWith('/api/v1/api-tokens/')) return fx.spareTokenId;
  if (p.startsWith('/api/v1/tier-policies/')) return 'KEY';
  if (p.startsWith('/api/v1/public/surveys/')) return fx.surveyToken;
  return randomUUID();
}

// The contract's example with its placeholder ids replaced by the fixtures' (any other id stays as it is).
function example(media, fx) {
  const ex = media.example ?? Object.values(media.examples ?? {})[0]?.value ?? {};
  const ids = { accountId: fx.accountId, ownerId: fx.userId, parentId: fx.parentId, templateId: fx.templateId };
  const copy = JSON.parse(JSON.stringify(ex));
  if (copy && typeof copy === 'object' && !Array.isArray(copy)) {
    for (const [k, v] of Object.entries(ids)) if (k in copy) copy[k] = v;
    // Unique values in examples would only ever test the duplicate check after the first request.
    if (typeof copy.domain === 'string') copy.domain = `chaos-${randomUUID().slice(0, 8)}.example`;
    if (typeof copy.externalId === 'string') copy.externalId = `CHAOS-${randomUUID().slice(0, 8)}`;
    if (typeof copy.email === 'string' && copy.role) copy.email = `chaos-${randomUUID().slice(0, 8)}@stratum.chaos`;
  }
  return copy;
}

// Wrong-typed and hostile values for a property of this schema, each with a short name.
function hostileValues(s) {
  const out = [];
  const type = s.type ?? (s.enum ? 'string' : s.properties ? 'object' : undefined);
  out.push(['null', null]);
  if (type === 'string') {
    out.push(['wrong-type', 12345], ['huge-string', HUGE], ['nul-char', NUL], ['object', { a: 1 }]);
    if (s.enum) out.push(['bad-enum', 'NOT_A_VALUE'], ['enum-lowercase', String(s.enum[0]).toLowerCase() + 'x']);
    if (s.format === 'uuid') out.push(['bad-uuid', 'not-a-uuid']);
    if (s.format === 'date') out.push(['bad-date', '2027-02-30'], ['far-date', '+999999-01-01']);
    if (s.format === 'date-time') out.push(['bad-date-time', 'yesterday'], ['far-date-time', '+999999-01-01T00:00:00Z']);
    if (s.format === 'email') out.push(['bad-email', 'not an email']);
  } else if (type === 'integer' || type === 'number') {
    out.push(['wrong-type', 'not a number'], ['negative', -1], ['int-overflow', 2147483648],
      ['long-overflow', '§9223372036854775808'], ['huge', '§1e308'], ['beyond-double', '§1e400'],
      ['huge-exponent', '§1e1000000'], ['fraction', 0.000001], ['boolean', true]);
  } else if (type === 'boolean') {
    out.push(['wrong-type', 'not-a-boolean'], ['number', 1]);
  } else if (type === 'array') {
    out.push(['wrong-type', { not: 'an array' }], ['huge-array', Array.from({ length: 10_000 }, () => 'x')],
      ['nested-nulls', [null, null]]);
  } else if (type === 'object') {
    out.push(['wrong-type', 'not an object'], ['array', []]);
  } else {
    out.push(['wrong-type', 12345], ['huge-string', HUGE], ['nul-char', NUL]);
  }
  return out;
}

// JSON text in which values written '§…' are put in raw, so numbers beyond what JavaScript can hold arrive
// as the digits we mean.
function encode(value) {
  return JSON.stringify(value).replace(/"§([^"]*)"/g, '$1');
}

function bodyCases(op, media, contentType, resolve, fx) {
  const cases = [];
  const schema = resolve(media.schema);
  const base = example(media, fx);
  const ct = { 'content-type': contentType };
  const add = (id, body, headers = ct) => cases.push({ id, body, headers });
  add('body:malformed-json', '{"name": ');
  add('body:malformed-json-quotes', "{'name': 'x'}");
  add('body:trailing-garbage', `${encode(base)}}}`);
  const keys = base && typeof base === 'object' && !Array.isArray(base) ? Object.keys(base) : [];
  if (keys.length) {
    const text = encode(base);
    add(`body:repeated-key:${keys[0]}`, `${text.slice(0, -1)},${JSON.stringify(keys[0])}:${JSON.stringify(base[keys[0]])}}`);
  } else {
    add('body:repeated-key:name', '{"name":"a","name":"b"}');
  }
  add('body:empty', '');
  add('body:json-null', 'null');
  add('body:json-array', '[]');
  add('body:json-string', '"x"');
  add('body:json-number', '0');
  add('body:deep-nesting', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`);
  add('body:unknown-property', encode({ ...(typeof base === 'object' ? base : {}), chaosUnknown: 1 }));
  add('body:invalid-utf8', Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]));
  add('body:oversized-1.1MB', JSON.stringify({ name: 'x'.repeat(1_100_000) }));
  add('content-type:text/plain', encode(base), { 'content-type': 'text/plain' });
  add('content-type:xml', '<name>x</name>', { 'content-type': 'application/xml' });
  add('content-type:form', 'name=x', { 'content-type': 'application/x-www-form-urlencoded' });
  add('content-type:multipart', '--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--b--\r\n',
    { 'content-type': 'multipart/form-data; boundary=b' });
  add('content-type:none', encode(base), {});
  add('content-type:garbage', encode(base), { 'content-type': '%%%/;;;' });
  // Each property, and those of the first item of arrays of objects, with each hostile value.
  const walk = (props, value, prefix, set) => {
    for (const [name, raw] of Object.entries(props ?? {})) {
      const s = resolve(raw);
      for (const [kind, bad] of hostileValues(s)) {
        add(`body:${kind}:${prefix}${name}`, encode(set(name, bad)));
      }
      const items = s.type === 'array' ? resolve(s.items) : null;
      if (items?.properties && !prefix) {
        const first = Array.isArray(value?.[name]) && value[name][0] && typeof value[name][0] === 'object'
          ? value[name][0] : {};
        walk(items.properties, first, `${name}[0].`, (n, bad) => set(name, [{ ...first, [n]: bad },
          ...(Array.isArray(value?.[name]) ? value[name].slice(1) : [])]));
      }
      if (s.properties && !prefix) {
        const inner = value?.[name] && typeof value[name] === 'object' ? value[name] : {};
        walk(s.properties, inner, `${name}.`, (n, bad) => set(name, { ...inner, [n]: bad }));
      }
    }
  };
  if (schema.properties) walk(schema.properties, base, '', (name, bad) => ({ ...base, [name]: bad }));
  return cases;
}

function queryValues(name, s) {
  const out = [];
  const items = s.type === 'array' ? s.items : null;
  const t = items ?? s;
  if (name === 'cursor') {
    out.push(['garbage', 'garbage'], ['base64-json', Buffer.from('{"k":["x"],"v":99}').toString('base64url')],
      ['nul', '\u0000'], ['padding', '====='], ['huge', HUGE]);
    return out;
  }
  if (name === 'sort') out.push(['unknown-field', 'nope'], ['dash-only', '-'], ['commas', ',,,'], ['repeated', 'name,name']);
  if (name === 'limit') out.push(['zero', '0'], ['over-max', '201'], ['negative', '-1']);
  if (t.type === 'integer') out.push(['wrong-type', 'abc'], ['overflow', '99999999999999999999'], ['fraction', '1.5']);
  else if (t.type === 'number') out.push(['wrong-type', 'abc'], ['nan', 'NaN'], ['infinity', 'Infinity'],
    ['beyond-double', '1e400'], ['huge-exponent', '1e1000000']);
  else if (t.type === 'boolean') out.push(['wrong-type', 'maybe']);
  else {
    if (t.enum) out.push(['bad-enum', 'NOT_A_VALUE']);
    if (t.format === 'uuid') out.push(['bad-uuid', 'not-a-uuid']);
    if (t.format === 'date') out.push(['bad-date', '2027-02-30'], ['far-date', '+999999-01-01']);
    if (t.format === 'date-time') out.push(['bad-date-time', 'yesterday'], ['far-date-time', '+999999-01-01T00:00:00Z']);
    out.push(['huge', 'x'.repeat(3000)], ['nul', 'a\u0000b']);
  }
  out.push(['empty', '']);
  return out;
}

/** Every case for one operation: {id, method, path, headers, body | raw, auth?}. */
export function casesFor(opDef, doc, fx, token) {
  const resolve = resolver(doc);
  const { method, path: p, op, params } = opDef;
  const pathParams = params.filter((x) => x.in === 'path');
  const queryParams = params.filter((x) => x.in === 'query');
  const fill = (overrides = {}) => p.replace(/\{(\w+)\}/g, (_, n) => overrides[n] ?? encodeURIComponent(pathValue(p, n, fx)));
  const good = fill();
  const content = op.requestBody?.content ?? {};
  const [contentType, media] = Object.entries(content)[0] ?? [];
  const goodBody = media ? encode(example(media, fx)) : undefined;
  const goodHeaders = media ? { 'content-type': contentType } : {};
  const cases = [];
  const add = (c) => cases.push({ method, path: good, headers: goodHeaders, body: goodBody, ...c });

  if (media) {
    for (const c of bodyCases(op, media, contentType, resolve, fx)) add(c);
    for (const c of [
      ['body:malformed-chunked', 'zz\r\n{"a":1}\r\n0\r\n\r\n'],
      ['body:chunked-over-1MB', `100000\r\n${'x'.repeat(0x100000)}\r\n100000\r\n${'x'.repeat(0x100000)}\r\n0\r\n\r\n`],
    ]) {
      add({ id: c[0], raw: (auth) => Buffer.from(`${method} ${good} HTTP/1.1\r\nHost: 127.0.0.1\r\n`
        + `Content-Type: ${contentType}\r\nTransfer-Encoding: chunked\r\n${auth}Connection: close\r\n\r\n${c[1]}`) });
    }
  } else {
    add({ id: 'body:unexpected-json', body: '{"chaos":1}', headers: { 'content-type': 'application/json' } });
    add({ id: 'body:unexpected-junk', body: '\u0000\u0001garbage', headers: { 'content-type': 'application/octet-stream' } });
  }

  for (const prm of pathParams) {
    const s = resolve(prm.schema);
    const values = [['bad-uuid', 'not-a-uuid'], ['almost-uuid', '00000000-0000-0000-0000-00000000000g'],
      ['unknown-uuid', randomUUID()], ['nul', '%00'], ['traversal', '..%2F..%2Fetc%2Fpasswd'], ['emoji', '%F0%9F%92%A9'],
      ['quote', "%27%20OR%20%271%27%3D%271"], ['huge', 'x'.repeat(10_000)], ['bad-utf8', '%FF%FE']];
    if (s.enum) values.push(['bad-enum', 'NOT_A_VALUE'], ['enum-lowercase', String(s.enum[0]).toLowerCase()]);
    for (const [kind, v] of values) add({ id: `path:${kind}:${prm.name}`, path: fill({ [prm.name]: v }) });
  }

  for (const prm of queryParams) {
    const s = resolve(prm.schema);
    for (const [kind, v] of queryValues(prm.name, { ...s, items: s.items ? resolve(s.items) : undefined })) {
      add({ id: `query:${kind}:${prm.name}`, path: `${good}?${prm.name}=${encodeURIComponent(v)}` });
    }
    if (s.type === 'array') {
      add({ id: `query:repeated-300x:${prm.name}`, path: `${good}?${Array.from({ length: 300 },
        () => `${prm.name}=${encodeURIComponent(s.items && resolve(s.items).format === 'uuid' ? randomUUID() : 'x')}`).join('&')}` });
    }
  }
  add({ id: 'query:unknown-param', path: `${good}?chaosUnknown=1` });
  add({ id: 'query:oversized-9KB', path: `${good}?chaos=${'x'.repeat(9_000)}` });
  add({ id: 'query:oversized-100KB', path: `${good}?chaos=${'x'.repeat(100_000)}` });
  add({ id: 'query:malformed-escape', path: `${good}?limit=%zz&%%%` });

  add({ id: 'header:huge-32KB', headers: { ...goodHeaders, 'x-chaos': 'x'.repeat(32_000) } });
  add({ id: 'header:foreign-origin', headers: { ...goodHeaders, origin: 'https://evil.example' } });
  add({ id: 'header:accept-xml', headers: { ...goodHeaders, accept: 'application/xml' } });
  if (params.some((x) => x.in === 'header' && x.name === 'If-Match')) {
    for (const [kind, v] of [['garbage', 'garbage'], ['quoted-text', '"abc"'], ['weak', 'W/"0"'], ['stale', '"999999"'],
      ['huge', `"${'9'.repeat(5000)}"`]]) {
      add({ id: `header:if-match-${kind}`, headers: { ...goodHeaders, 'if-match': v } });
    }
  }
  for (const [kind, v] of [['garbage-bearer', 'Bearer garbage'], ['unknown-token', `Bearer stm_${randomUUID()}`],
    ['basic', 'Basic Y2hhb3M6Y2hhb3M='], ['empty-bearer', 'Bearer '], ['huge-bearer', `Bearer stm_${'x'.repeat(6000)}`],
    ['no-scheme', token ?? 'x']]) {
    add({ id: `auth:${kind}`, auth: 'own', headers: { ...goodHeaders, authorization: v } });
  }
  add({ id: 'auth:garbage-cookie', auth: 'own', headers: { ...goodHeaders, cookie: 'stratum_session=garbage' } });
  add({ id: 'auth:cookie-without-csrf', auth: 'own', headers: { ...goodHeaders, cookie: `stratum_session=${'a'.repeat(43)}`,
    'x-csrf-token': 'garbage' } });
  return cases;
}

/** Methods a path does not serve: each must get a 405 problem (or 404), never a 5xx or a bare page. */
function methodCases(doc) {
  const cases = [];
  for (const [p, item] of Object.entries(doc.paths)) {
    if (!p.startsWith('/api/')) continue;
    const served = Object.keys(item).map((m) => m.toUpperCase());
    const missing = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => !served.includes(m));
    if (missing.length) cases.push({ p, method: missing[0] });
  }
  return cases;
}

export async function sweep(base, { token, userId }, { concurrency = 4 } = {}) {
  const docResponse = await request(base, { path: '/q/openapi?format=json' });
  const doc = await expectStatus('GET /q/openapi?format=json', docResponse, 200);
  const fx = await fixtures(base, { token, userId });
  const ops = operations(doc);
  // Deletions last, so that the records stay for the other operations' junk.
  ops.sort((a, b) => (a.method === 'DELETE') - (b.method === 'DELETE'));
  const jobs = [];
  // Without credentials first: nothing can change then.
  for (const authMode of ['none', 'token']) {
    for (const o of ops) {
      for (const c of casesFor(o, doc, fx, token)) {
        if (c.auth === 'own' && authMode === 'token') continue;
        jobs.push({ op: o.id, auth: c.auth === 'own' ? 'custom' : authMode, c });
      }
    }
  }
  for (const [id, p] of [['path:unknown', '/api/v1/chaos-unknown'], ['path:trailing-slash', '/api/v1/accounts/'],
    ['path:double-slash', '/api/v1//accounts'], ['path:dot-segments', '/api/v1/accounts/../users'],
    ['path:encoded-slash', '/api/v1/accounts%2F..%2Fusers']]) {
    for (const authMode of ['none', 'token']) {
      jobs.push({ op: `GET ${p}`, auth: authMode, c: { id, method: 'GET', path: p, headers: {} } });
    }
  }
  for (const { p, method } of methodCases(doc)) {
    for (const authMode of ['none', 'token']) {
      jobs.push({ op: `${method} ${p}`, auth: authMode, c: { id: `method:${method}`, method, path: p.replace(/\{\w+\}/g,
        randomUUID()), headers: {} } });
    }
  }
  log(`junk sweep: ${ops.length} operations, ${jobs.length} requests`);
  const started = performance.now();
  const results = await pool(jobs, concurrency, async ({ op, auth, c }) => {
    const authHeader = auth === 'token' ? { authorization: `Bearer ${token}` } : {};
    let r;
    if (c.raw) {
      r = await rawRequest(base, c.raw(auth === 'token' ? `Authorization: Bearer ${token}\r\n` : ''));
    } else {
      r = await request(base, { method: c.method, path: c.path, headers: { ...authHeader, ...c.headers }, body: c.body });
    }
    const failures = judge(r);
    return {
      op, auth, case: c.id, status: r.status ?? null, ms: Math.round(r.ms), failures,
      contentType: r.headers?.['content-type'] ?? null,
      excerpt: failures.length ? (r.error ?? (r.body ?? '').slice(0, 200)) : undefined,
      securityHeaders: r.status ? r.headers['x-content-type-options'] === 'nosniff' : null,
    };
  });
  const seconds = (performance.now() - started) / 1000;
  return summarise(ops.map((o) => o.id), results, seconds);
}

function summarise(opIds, results, seconds) {
  const byOp = new Map();
  for (const r of results) {
    const key = opIds.includes(r.op) ? r.op : 'other paths and unsupported methods';
    const row = byOp.get(key) ?? { op: key, requests: 0, s2xx: 0, s4xx: 0, s5xx: 0, notProblem: 0, leaks: 0, noAnswer: 0,
      failed: 0 };
    row.requests++;
    if (r.status >= 200 && r.status < 300) row.s2xx++;
    if (r.status >= 400 && r.status < 500) row.s4xx++;
    if (r.status >= 500) row.s5xx++;
    if (r.failures.some((f) => f.startsWith('not problem') || f.startsWith('problem without'))) row.notProblem++;
    if (r.failures.some((f) => f.startsWith('leaks'))) row.leaks++;
    if (r.failures.some((f) => f.startsWith('no answer'))) row.noAnswer++;
    if (r.failures.length) row.failed++;
    byOp.set(key, row);
  }
  const failures = results.filter((r) => r.failures.length);
  const errors = results.filter((r) => r.status >= 400);
  const totals = {
    requests: results.length,
    operations: opIds.length,
    seconds: Number(seconds.toFixed(1)),
    s5xx: results.filter((r) => r.status >= 500).length,
    errors: errors.length,
    problemErrors: errors.filter((r) => !r.failures.some((f) => f.startsWith('not problem') || f.startsWith('problem without'))).length,
    leaks: results.filter((r) => r.failures.some((f) => f.startsWith('leaks'))).length,
    noAnswer: results.filter((r) => r.status === null).length,
    withoutSecurityHeaders: results.filter((r) => r.securityHeaders === false).length,
    withoutSecurityHeadersByStatus: {},
  };
  for (const r of results.filter((x) => x.securityHeaders === false)) {
    totals.withoutSecurityHeadersByStatus[r.status] = (totals.withoutSecurityHeadersByStatus[r.status] ?? 0) + 1;
  }
  const criteria = [
    { name: 'No response with status >= 500', value: `${totals.s5xx}`, ok: totals.s5xx === 0 },
    { name: 'Every error is application/problem+json with type, title, status, detail',
      value: `${totals.problemErrors} of ${totals.errors} (${(100 * totals.problemErrors / Math.max(1, totals.errors)).toFixed(1)}%)`,
      ok: totals.problemErrors === totals.errors },
    { name: 'No stack trace, SQL text or Java class name in any body', value: `${totals.leaks}`, ok: totals.leaks === 0 },
    { name: 'Every request answered within 10 s', value: `${totals.noAnswer} unanswered`, ok: totals.noAnswer === 0 },
  ];
  return { totals, perOperation: [...byOp.values()], failures, criteria };
}
