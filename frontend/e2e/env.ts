/**
 * The e2e server's first admin: the backend creates this account at start on an empty database
 * (STRATUM_ADMIN_EMAIL / STRATUM_ADMIN_PASSWORD, set by playwright.config.ts).
 */
export const E2E_ADMIN = { email: 'admin@stratum.e2e', password: 'e2e-admin-password' } as const;

/**
 * Where the e2e server sends e-mail (STRATUM_SMTP_PORT, set by playwright.config.ts): a test SMTP server that
 * e2e/mail.spec.ts starts itself (e2e/smtp.ts). Other specs run with nothing listening there; their e-mails
 * just fail and wait to be retried. By default 10000 above the app's port, so runs on other ports do not meet.
 */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? Number(new URL(process.env.E2E_BASE_URL ?? 'http://localhost:8081').port || '80') + 10000);
