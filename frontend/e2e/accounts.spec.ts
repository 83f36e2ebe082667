import { expect, test } from '@playwright/test';
import { signInByApi, type SignedIn } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function createOwner(api: SignedIn['api']) {
  const res = await api.post('/api/v1/users', { name: `E2E Owner ${run}`, email: `owner-${run}@e2e.example`, role: 'ACCOUNT_MANAGER', active: true });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; name: string };
}

test('create an account, move it to KEY with a reason, see it in the history and the workload', async ({ page }) => {
  const { api } = await signInByApi(page);
  const owner = await createOwner(api);
  const accountName = `Northwind ${run}`;

  // Create the account through the UI.
  await page.goto('/accounts');
  await expect(page.getByRole('heading', { name: 'Accounts', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'New account' }).click();
  await expect(page.getByRole('heading', { name: 'New account', level: 2 })).toBeVisible();

  await page.getByRole('textbox', { name: 'Name' }).fill(accountName);
  await page.getByRole('textbox', { name: 'Domain' }).fill(`nw-${run}.example`);
  await page.getByRole('textbox', { name: 'Industry' }).fill('Logistics');
  await page.getByRole('textbox', { name: 'Country' }).fill('Germany');
  await page.getByRole('option', { name: /^Germany/ }).click();
  await page.getByRole('textbox', { name: 'ARR', exact: true }).fill('180000');

  const ownerInput = page.getByRole('textbox', { name: 'Owner' });
  await ownerInput.click();
  await ownerInput.fill(owner.name);
  await page.getByRole('option', { name: owner.name }).click();
  await expect(ownerInput).toHaveValue(owner.name);

  await page.getByRole('button', { name: 'Create account' }).click();

  // Lands on the account page (a deep link of its own).
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: accountName, level: 2 })).toBeVisible();
  const accountUrl = page.url();
  await expect(page.getByText('€180,000.00')).toBeVisible();

  // Change the tier with a reason.
  await page.getByRole('button', { name: 'Change tier' }).click();
  const dialog = page.getByRole('dialog', { name: `Change tier of ${accountName}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'Key' }).check();
  const reason = `Signed a three-year expansion (${run})`;
  await dialog.getByRole('textbox', { name: 'Reason', exact: true }).fill(reason);
  // A promotion to Key needs a reason code (issue 19).
  await dialog.getByRole('textbox', { name: 'Reason code' }).click();
  await page.getByRole('option', { name: 'Revenue' }).click();
  await dialog.getByRole('button', { name: 'Change tier' }).click();
  await expect(dialog).toBeHidden();

  // The tier history shows the change, newest first.
  const history = page.getByRole('table', { name: 'Tier history' });
  const latest = history.getByRole('row').nth(1);
  await expect(latest).toContainText(reason);
  await expect(latest.getByLabel('Tier Key')).toBeVisible();
  await expect(latest.getByLabel('Tier Standard')).toBeVisible();

  // A deep link reload shows the same account.
  await page.goto(accountUrl);
  await expect(page.getByRole('heading', { name: accountName, level: 2 })).toBeVisible();

  // The workload view counts it for the owner.
  await page.getByRole('link', { name: 'Workload' }).click();
  await expect(page.getByRole('heading', { name: 'Workload', level: 2 })).toBeVisible();
  const ownerFilter = page.getByRole('textbox', { name: 'Owners' });
  await ownerFilter.click();
  await ownerFilter.fill(owner.name);
  await page.getByRole('option', { name: owner.name }).click();
  const table = page.getByRole('table', { name: 'Workload by owner and tier' });
  await expect(table.getByRole('row', { name: new RegExp(owner.name) })).toBeVisible();
  // One row per tier under the owner: tier, accounts / capacity, ARR, overdue QBRs, open failing follow-ups.
  await expect(table.locator('tr[data-tier="KEY"]').getByRole('cell').nth(1)).toHaveText(/^1 \/ \d+/);
  await expect(table.locator('tr[data-tier="STANDARD"]').getByRole('cell').nth(1)).toHaveText(/^0 \//);
});
