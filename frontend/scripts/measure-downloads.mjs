// What a browser downloads to show the customer's survey page, the sign-in page and the dashboard: the
// JavaScript (and CSS) files, their size as sent over the wire and once decoded. Runs the system Chromium
// against a server that is already up, signed in as its first admin (docs/performance.md, "Bundle size").
//
//   MEASURE_BASE_URL=http://localhost:8080 MEASURE_EMAIL=admin@example.com MEASURE_PASSWORD=... \
//     node scripts/measure-downloads.mjs          (MEASURE_FILES=1 lists every file)
import { chromium, request as apiRequest } from '@playwright/test';

const baseURL = process.env.MEASURE_BASE_URL ?? 'http://localhost:8080';
const credentials = { email: process.env.MEASURE_EMAIL, password: process.env.MEASURE_PASSWORD };
if (!credentials.email || !credentials.password) {
  console.error('Set MEASURE_EMAIL and MEASURE_PASSWORD to an admin of the server at MEASURE_BASE_URL.');
  process.exit(2);
}

async function expectStatus(response, status) {
  if (response.status() !== status) throw new Error(`${response.url()}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** A real survey link: a user, an account owned by them, a QBR and its invitation. */
async function surveyLink(api, csrf) {
  const headers = { 'X-CSRF-Token': csrf };
  const run = Date.now().toString(36);
  const owner = await expectStatus(
    await api.post('/api/v1/users', { headers, data: { name: `Measure ${run}`, email: `measure-${run}@example.com`, role: 'ACCOUNT_MANAGER', active: true } }),
    201,
  );
  const account = await expectStatus(
    await api.post('/api/v1/accounts', { headers, data: { name: `Measure ${run}`, ownerId: owner.id, tier: 'KEY', lifecycle: 'ACTIVE', arr: 100000 } }),
    201,
  );
  const scheduledFor = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const qbr = await expectStatus(
    await api.post(`/api/v1/accounts/${account.id}/qbrs`, {
      headers,
      data: { scheduledFor, respondentName: 'Measure', respondentEmail: `r-${run}@example.com` },
    }),
    201,
  );
  const invitation = await expectStatus(await api.post(`/api/v1/qbrs/${qbr.id}/invitation`, { headers }), 201);
  return new URL(invitation.url).pathname;
}

/** What the browser says it accepts: its own list (brotli among them), gzip only, or no compression. */
const ENCODINGS = { browser: undefined, gzip: 'gzip, deflate', none: 'identity' };

/** Opens `path` in a fresh context (empty cache) and sums the scripts and style sheets it received. */
async function measure(browser, { name, path, storageState, ready }, acceptEncoding) {
  const extraHTTPHeaders = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : undefined;
  const context = await browser.newContext({ baseURL, storageState, extraHTTPHeaders });
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(path);
  await ready(page);
  await page.waitForLoadState('networkidle');
  const totals = { js: { files: 0, raw: 0, wire: 0 }, css: { files: 0, raw: 0, wire: 0 } };
  const files = [];
  for (const response of responses) {
    const type = response.request().resourceType();
    const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : null;
    if (!kind) continue;
    const raw = (await response.body()).length;
    const wire = (await response.request().sizes()).responseBodySize;
    const file = new URL(response.url()).pathname;
    files.push({ file, raw, wire, encoding: (await response.allHeaders())['content-encoding'] ?? 'none' });
    totals[kind].files += 1;
    totals[kind].raw += raw;
    totals[kind].wire += wire;
  }
  await context.close();
  return { name, path, totals, files };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const api = await apiRequest.newContext({ baseURL });
  const me = await expectStatus(await api.post('/api/v1/auth/login', { data: credentials }), 200);
  const survey = await surveyLink(api, me.csrfToken);
  const signedIn = await api.storageState();
  const pages = [
    { name: 'survey (customer)', path: survey, ready: (p) => p.getByRole('button', { name: 'Send my answers' }).waitFor() },
    { name: 'sign-in', path: '/login', ready: (p) => p.getByRole('button', { name: 'Sign in' }).waitFor() },
    { name: 'dashboard', path: '/', storageState: signedIn, ready: (p) => p.getByRole('heading', { name: 'Pipeline', exact: true }).waitFor() },
  ];
  const results = [];
  for (const page of pages) {
    for (const [mode, acceptEncoding] of Object.entries(ENCODINGS)) results.push({ mode, ...(await measure(browser, page, acceptEncoding)) });
  }
  for (const { name, mode, totals, files } of results) {
    console.log(`\n${name}, Accept-Encoding: ${ENCODINGS[mode] ?? "the browser's own"}`);
    if (process.env.MEASURE_FILES) {
      for (const f of files) console.log(`  ${f.file.padEnd(52)} ${kb(f.raw).padStart(10)} raw ${kb(f.wire).padStart(10)} sent (${f.encoding})`);
    }
    for (const kind of ['js', 'css']) {
      const t = totals[kind];
      console.log(`  ${kind.toUpperCase()}: ${t.files} files, ${kb(t.raw)} raw, ${kb(t.wire)} sent`);
    }
  }
  await api.dispose();
} finally {
  await browser.close();
}
