import { expect, test } from '@playwright/test';
import { signInByApi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = 'contracts-e2e-password-1';

/** YYYY-MM-DD, `days` from today (UTC, as the server counts). */
function dateInDays(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('record a contract inside its renewal window, follow its renewal, and find it among the renewals', async ({ page, browser }) => {
  const admin = await browser.newContext();
  const { api } = await signInByApi(await admin.newPage());
  const email = `contracts-${run}@e2e.example`;
  const user = await api.post('/api/v1/users', { name: `Contracts Owner ${run}`, email, role: 'ACCOUNT_MANAGER', password: PASSWORD });
  expect(user.status(), await user.text()).toBe(201);
  const { id: ownerId } = (await user.json()) as { id: string };
  const created = await api.post('/api/v1/accounts', { name: `Fabrikam ${run}`, ownerId, tier: 'KEY', arr: 30000 });
  expect(created.status(), await created.text()).toBe(201);
  const account = (await created.json()) as { id: string; name: string };
  await admin.close();
  await signInByApi(page, { email, password: PASSWORD });

  await page.goto(`/accounts/${account.id}`);
  const section = page.getByRole('region', { name: 'Contracts' });
  await expect(section.getByText('No contracts yet')).toBeVisible();
  await section.getByRole('button', { name: 'Record contract' }).click();
  const dialog = page.getByRole('dialog', { name: `Record a contract with ${account.name}` });
  const start = dateInDays(-265);
  await dialog.getByRole('textbox', { name: 'Starts on' }).fill(start);
  await dialog.getByRole('textbox', { name: 'Ends on' }).fill(start);
  await dialog.getByRole('textbox', { name: 'Annual value' }).fill('30000');
  const notice = dialog.getByRole('textbox', { name: 'Notice (days)' });
  await notice.fill('-5');
  await dialog.getByRole('button', { name: 'Record contract' }).click();
  await expect(dialog.getByText(`Choose an end date after the start date (${start}).`)).toBeVisible();
  await expect(dialog.getByText('Enter a whole number from 0 to 730.')).toBeVisible();
  await expect(notice).toHaveValue('-5'); // kept as typed, never clamped

  // Ends in 100 days: a KEY account's renewal opens 120 + 30 days before the end, so at once.
  await dialog.getByRole('textbox', { name: 'Ends on' }).fill(dateInDays(100));
  await dialog.getByRole('textbox', { name: 'Ends on' }).blur();
  await notice.fill('30');
  await dialog.getByRole('button', { name: 'Record contract' }).click();
  await expect(dialog).toBeHidden();
  const row = section.getByRole('row', { name: /Contract ending/ });
  await expect(row).toContainText('€30,000.00');
  await row.getByRole('link', { name: 'Open the renewal' }).click();
  await expect(page.getByRole('heading', { name: `Renewal of the contract ending ${dateInDays(100)}` })).toBeVisible();

  // The renewals page: 100 days ahead is outside the default 90, inside 180.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Renewals' }).click();
  await expect(page.getByRole('heading', { name: 'Renewals', level: 2 })).toBeVisible();
  const renewals = page.getByRole('table', { name: 'Renewals' });
  await expect(renewals.getByRole('link', { name: account.name })).toHaveCount(0);
  await page.getByText('180 days').click();
  await expect(renewals.getByRole('link', { name: account.name })).toBeVisible();
  await expect(page).toHaveURL(/within=180/);

  // The retention report: no revenue yet, and it says so.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Retention' }).click();
  await expect(page.getByRole('heading', { name: 'Retention', level: 2 })).toBeVisible();
  await expect(page.getByText('Nothing to measure')).toBeVisible();
});
