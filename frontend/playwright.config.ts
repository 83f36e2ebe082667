import { defineConfig, devices } from '@playwright/test';

const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:8081';
const jdbcUrl = process.env.E2E_JDBC_URL ?? 'jdbc:postgresql://127.0.0.1:5432/stratum_test';

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
        command: 'java -jar ../backend/target/quarkus-app/quarkus-run.jar',
        url: `${baseURL}/q/health/ready`,
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          QUARKUS_HTTP_PORT: '8081',
          // Survey links are built on this origin; the e2e opens them.
          STRATUM_PUBLIC_URL: baseURL,
          QUARKUS_DATASOURCE_JDBC_URL: jdbcUrl,
          QUARKUS_DATASOURCE_USERNAME: 'stratum',
          QUARKUS_DATASOURCE_PASSWORD: 'stratum',
          QUARKUS_FLYWAY_CLEAN_AT_START: 'true',
          QUARKUS_FLYWAY_CLEAN_DISABLED: 'false',
        },
      },
});
