import { defineConfig, devices } from '@playwright/test';
import { E2E_ADMIN, E2E_SMTP_PORT } from './e2e/env';

const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:8081';
// The server listens where the tests look for it.
const base = new URL(baseURL);
const port = base.port || (base.protocol === 'https:' ? '443' : '80');
const jdbcUrl = process.env.E2E_JDBC_URL ?? 'jdbc:postgresql://127.0.0.1:5432/stratum_test';
const serverJar = process.env.E2E_SERVER_JAR ?? '../backend/target/quarkus-app/quarkus-run.jar';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'off',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      // The system Chromium: a browser download cannot work on our machines.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium' }],
  // E2E_NO_SERVER=1 runs against a server that is already up at E2E_BASE_URL.
  webServer: process.env.E2E_NO_SERVER
    ? undefined
    : {
        // Tier budgets of 100 %, as in the backend tests: every spec may promote (a fresh database's 10 % of a few
        // accounts is none); tier-governance.spec.ts sets the budget it tests and puts it back.
        command: `java -Dquarkus.flyway.placeholders.key_budget_pct=100 -Dquarkus.flyway.placeholders.strategic_budget_pct=100 -jar "${serverJar}"`,
        url: `${baseURL}/q/health/ready`,
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          QUARKUS_HTTP_PORT: port,
          // Survey links are built on this origin; the e2e opens them.
          STRATUM_PUBLIC_URL: baseURL,
          QUARKUS_DATASOURCE_JDBC_URL: jdbcUrl,
          QUARKUS_DATASOURCE_USERNAME: 'stratum',
          QUARKUS_DATASOURCE_PASSWORD: 'stratum',
          QUARKUS_FLYWAY_CLEAN_AT_START: 'true',
          QUARKUS_FLYWAY_CLEAN_DISABLED: 'false',
          // The first admin, created at start on the (cleaned, so empty) database; the tests sign in as it.
          STRATUM_ADMIN_EMAIL: E2E_ADMIN.email,
          STRATUM_ADMIN_PASSWORD: E2E_ADMIN.password,
          // Every test signs in from the same address and the suite runs in bursts: the limits are
          // tested by the backend suite, not here.
          STRATUM_RATE_LIMIT_PER_MINUTE: '100000',
          STRATUM_PUBLIC_RATE_LIMIT_PER_MINUTE: '100000',
          // Survey e-mails go to the test SMTP server e2e/mail.spec.ts starts (plain SMTP on loopback), every
          // second. While it is not running (the other specs) they fail and wait to be retried, unseen.
          STRATUM_SMTP_HOST: '127.0.0.1',
          STRATUM_SMTP_PORT: String(E2E_SMTP_PORT),
          STRATUM_SMTP_START_TLS: 'DISABLED',
          STRATUM_SMTP_FROM: 'Stratum E2E <surveys@stratum.e2e>',
          STRATUM_JOBS_OUTBOX_EVERY: '1s',
          // Revenue alerts: the accounts an import touched are checked every second (e2e/revenue-import.spec.ts).
          STRATUM_JOBS_REVENUE_ALERT_CHECK_EVERY: '1s',
          // Webhooks: e2e/webhooks.spec.ts starts a receiver on 127.0.0.2 (loopback, allowed here only), plain http,
          // and deliveries go out every second.
          STRATUM_WEBHOOKS_ALLOWLIST: '127.0.0.2',
          STRATUM_WEBHOOKS_ALLOW_HTTP: 'true',
          STRATUM_JOBS_WEBHOOKS_EVERY: '1s',
          // The maintenance jobs (risk refresh, snapshots, judging) run from the first second, as before the
          // one-minute start delay that production has (application.properties, stratum.jobs.start-delay).
          STRATUM_JOBS_START_DELAY: '1s',
        },
      },
});
