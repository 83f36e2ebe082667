import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN, signInThroughUi, signOutThroughUi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** E2E_SHOTS=dir keeps screenshots of the screens for a visual check. */
async function shot(page: Page, name: string) {
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png`, fullPage: true });
}

/** Whether `text` appears anywhere in the page: its markup, its visible text or any field's value. */
async function pageShows(page: Page, text: string): Promise<boolean> {
  if ((await page.content()).includes(text)) return true;
  if ((await page.locator('body').innerText()).includes(text)) return true;
  const values = await page.locator('input, textarea').evaluateAll((fields) => fields.map((f) => (f as unknown as { value: string }).value));
  return values.some((v) => v.includes(text));
}

test('a visitor who is not signed in is sent to sign in, and comes back to the page they asked for', async ({ page, browser }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login\?next=%2F$/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await shot(page, 'sign-in');
  await signInThroughUi(page, E2E_ADMIN);
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Account menu: Administrator, Admin' })).toBeVisible();

  // A deep link, with its query, survives the detour too.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/accounts?tier=KEY');
  await expect(other).toHaveURL(/\/login\?next=%2Faccounts%3Ftier%3DKEY$/);
  await signInThroughUi(other, E2E_ADMIN);
  await expect(other).toHaveURL(/\/accounts\?tier=KEY$/);
  await expect(other.getByRole('heading', { name: 'Accounts', level: 2 })).toBeVisible();
  await fresh.close();
});

test('an admin adds a viewer, who is refused changes; an API token is shown once and then only by name and prefix', async ({ page, request }) => {
  const viewer = { name: `E2E Viewer ${run}`, email: `viewer-${run}@e2e.example`, password: `viewer-password-${run}` };

  // The admin signs in through the form.
  await page.goto('/login');
  await signInThroughUi(page, E2E_ADMIN);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();

  // Settings → Users → New user: a viewer with a first password.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { name: 'Users', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'New user' }).click();
  const newUser = page.getByRole('dialog', { name: 'New user' });
  await newUser.getByRole('textbox', { name: 'Name' }).fill(viewer.name);
  await newUser.getByRole('textbox', { name: 'Email' }).fill(viewer.email);
  await newUser.getByRole('textbox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Viewer', exact: true }).click();
  await expect(newUser.getByRole('textbox', { name: 'Role' })).toHaveValue('Viewer');
  await newUser.getByLabel('Initial password').fill(viewer.password);
  await shot(page, 'new-user');
  await newUser.getByRole('button', { name: 'Create user' }).click();
  await expect(newUser).toBeHidden();
  const viewerRow = page.getByRole('table', { name: 'Users' }).getByRole('row', { name: new RegExp(viewer.name) });
  await expect(viewerRow).toContainText('Viewer');
  await expect(viewerRow).toContainText('Active');

  // The admin signs out; the viewer signs in through the form.
  await signOutThroughUi(page);
  await signInThroughUi(page, viewer);
  await expect(page.getByRole('button', { name: `Account menu: ${viewer.name}, Viewer` })).toBeVisible();

  // No "New account" for a viewer, and the form's address refuses them.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('heading', { name: 'Accounts', level: 2 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Accounts' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New account' })).toHaveCount(0);
  await page.goto('/accounts/new');
  await expect(page.getByRole('alert').filter({ hasText: 'Your role (viewer) cannot create accounts.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create account' })).toHaveCount(0);
  await shot(page, 'viewer-refused');

  // Asking the API directly, with a valid session and CSRF token, is refused by the server.
  const meRes = await page.request.get('/api/v1/me');
  expect(meRes.status()).toBe(200);
  const me = (await meRes.json()) as { csrfToken: string; user: { role: string } };
  expect(me.user.role).toBe('VIEWER');
  const refused = await page.request.post('/api/v1/accounts', {
    data: { name: `Sneaky ${run}`, tier: 'STANDARD', lifecycle: 'PROSPECT' },
    headers: { 'X-CSRF-Token': me.csrfToken },
  });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { detail: string }).detail).toContain('VIEWER');

  // Admin pages are closed to a viewer.
  await page.goto('/settings/users');
  await expect(page.getByRole('alert').filter({ hasText: 'Only admins manage users.' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' })).toHaveCount(0);

  // Back to the admin.
  await signOutThroughUi(page);
  await signInThroughUi(page, E2E_ADMIN);
  await expect(page.getByRole('button', { name: 'Account menu: Administrator, Admin' })).toBeVisible();

  // Settings → API tokens → New API token.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API tokens' }).click();
  await expect(page.getByRole('heading', { name: 'API tokens', level: 2 })).toBeVisible();
  const tokenName = `Billing sync ${run}`;
  await page.getByRole('button', { name: 'New API token' }).click();
  const form = page.getByRole('dialog', { name: 'New API token' });
  await form.getByRole('textbox', { name: 'Name' }).fill(tokenName);
  await form.getByRole('checkbox', { name: 'accounts:read' }).check();
  await shot(page, 'new-token');
  await form.getByRole('button', { name: 'Create token' }).click();

  // The secret, once, with the warning and a copy button.
  const once = page.getByRole('dialog', { name: 'Copy your new API token' });
  await expect(once).toBeVisible();
  await expect(once).toContainText('Shown only this once');
  await expect(once.getByRole('button', { name: 'Copy token' })).toBeVisible();
  const secretBox = once.getByRole('textbox', { name: 'API token' });
  await expect(secretBox).toHaveValue(/^stm_\S{20,}$/);
  const secret = await secretBox.inputValue();
  await shot(page, 'token-once');
  await once.getByRole('button', { name: 'Done' }).click();
  await expect(once).toBeHidden();

  // Listed by name and prefix; the secret is nowhere on the page, nor after a reload.
  const tokens = page.getByRole('table', { name: 'API tokens' });
  const row = tokens.getByRole('row', { name: new RegExp(tokenName) });
  await expect(row).toBeVisible();
  const listed = (await (await page.request.get('/api/v1/api-tokens')).json()) as { items: { name: string; prefix: string }[] };
  const prefix = listed.items.find((t) => t.name === tokenName)?.prefix ?? '';
  expect(prefix.length).toBeGreaterThan(3);
  expect(secret.startsWith(prefix)).toBe(true);
  expect(secret.length).toBeGreaterThan(prefix.length);
  await expect(row).toContainText(`${prefix}…`);
  await expect(row).toContainText('accounts:read');
  await expect(row).toContainText('Administrator');
  expect(await pageShows(page, secret)).toBe(false);
  await shot(page, 'tokens');
  await page.reload();
  await expect(row).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await pageShows(page, secret)).toBe(false);

  // The token works for an integration (no cookie, just the token)...
  const asIntegration = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
  expect(asIntegration.status()).toBe(200);
  expect(((await asIntegration.json()) as { scopes: string[] }).scopes).toEqual(['accounts:read']);

  // ...until it is revoked, after a confirmation.
  await row.getByRole('button', { name: `Revoke ${tokenName}` }).click();
  const confirm = page.getByRole('dialog', { name: `Revoke “${tokenName}”?` });
  await confirm.getByRole('button', { name: 'Revoke token' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toHaveCount(0);
  expect((await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } })).status()).toBe(401);

  // The audit log has the token's creation and revocation, with what changed, but never the secret.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log', level: 2 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Record type' }).click();
  await page.getByRole('option', { name: 'API token', exact: true }).click();
  await expect(page).toHaveURL(/entityType=api-token/);
  const events = page.getByRole('table', { name: 'Audit events' });
  await expect(events.getByRole('row', { name: /revokeApiToken/ }).first()).toBeVisible();
  const creation = events.getByRole('row', { name: /createApiToken/ }).first();
  await expect(creation).toContainText('Administrator');
  await creation.getByRole('button', { name: 'Show changes' }).click();
  await expect(creation.getByRole('button', { name: 'Hide changes' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('table', { name: /^Changes of createApiToken/ }).first()).toContainText(tokenName);
  await shot(page, 'audit-log');
  expect(await pageShows(page, secret)).toBe(false);
});
