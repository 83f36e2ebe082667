/**
 * The e2e server's first admin: the backend creates this account at start on an empty database
 * (STRATUM_ADMIN_EMAIL / STRATUM_ADMIN_PASSWORD, set by playwright.config.ts).
 */
export const E2E_ADMIN = { email: 'admin@stratum.e2e', password: 'e2e-admin-password' } as const;
