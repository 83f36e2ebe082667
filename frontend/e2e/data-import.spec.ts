import { expect, test } from '@playwright/test';
import { signInByApi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test('import accounts from CSV: map the columns, see both refused rows and why, commit, see the updated and new accounts', async ({ page }) => {
  const { api } = await signInByApi(page);
  const externalId = `CRM-IMP-${run}`;
  const byId = await api.post('/api/v1/accounts', { name: `Fabrikam ${run}`, externalId, industry: 'Retail' });
  expect(byId.status(), await byId.text()).toBe(201);
  const { id: byIdAccount } = (await byId.json()) as { id: string };
  const byName = await api.post('/api/v1/accounts', { name: `Tailspin ${run}`, industry: 'Retail' });
  expect(byName.status(), await byName.text()).toBe(201);
  const { id: byNameAccount } = (await byName.json()) as { id: string };

  const csv = [
    'CRM ID,Company,Sector,Staff',
    `${externalId},Fabrikam ${run},Logistics,250`,
    `,tailspin ${run},Aviation,`,
    `,Northwind ${run},Energy,40`,
    `,,Energy,5`,
    `,Litware ${run},Energy,many`,
  ].join('\n');

  await page.goto('/accounts');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { name: 'Import accounts' })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles({ name: `accounts-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Upload' }).click();

  // The mapping is guessed from the headers; the one it cannot guess (Staff) is chosen by hand.
  await expect(page.getByLabel('Import status')).toHaveText('Waiting for the column mapping');
  await expect(page.getByRole('combobox', { name: 'external_id' })).toHaveValue('CRM ID');
  await expect(page.getByRole('combobox', { name: 'name' })).toHaveValue('Company');
  await expect(page.getByRole('combobox', { name: 'industry' })).toHaveValue('Sector');
  const notImported = page.getByRole('list', { name: 'Columns not imported' });
  await expect(notImported).toHaveText('Column Staff is not imported.');
  await page.getByRole('combobox', { name: 'employees' }).selectOption('Staff');
  await expect(notImported).toHaveCount(0);
  await page.getByRole('button', { name: 'Preview the import' }).click();

  await expect(page.getByLabel('Import status')).toHaveText('Ready to commit', { timeout: 30_000 });
  await expect(page.getByLabel('Rows in the file')).toHaveText('5');
  await expect(page.getByLabel('Will be created')).toHaveText('1');
  await expect(page.getByLabel('Will be updated')).toHaveText('2');
  await expect(page.getByLabel('Refused rows', { exact: true })).toHaveText('2');
  const refused = page.getByRole('table', { name: 'Refused rows of the file' });
  await expect(refused.getByRole('row', { name: 'Line 5' })).toContainText('Column name:');
  await expect(refused.getByRole('row', { name: 'Line 6' })).toContainText('Column employees:');

  await page.getByRole('button', { name: 'Commit 3 valid rows' }).click();
  await expect(page.getByLabel('Import status')).toHaveText('Committed', { timeout: 30_000 });
  await expect(page.getByLabel('Created', { exact: true })).toHaveText('1');
  await expect(page.getByLabel('Updated', { exact: true })).toHaveText('2');

  // The past imports list it with its file to download again.
  const history = page.getByRole('table', { name: 'Past imports' });
  await expect(history.getByRole('row', { name: new RegExp(`accounts-${run}\\.csv`) })).toContainText('Committed');
  const download = page.waitForEvent('download');
  await history.getByRole('link', { name: `Download accounts-${run}.csv` }).click();
  expect((await download).suggestedFilename()).toBe(`accounts-${run}.csv`);

  // Updated in place (matched by external ID, then by name whatever its case), and one new account.
  const first = (await (await api.get(`/api/v1/accounts/${byIdAccount}`)).json()) as { industry: string; employees: number };
  expect(first).toMatchObject({ industry: 'Logistics', employees: 250 });
  await page.goto(`/accounts?q=${encodeURIComponent(run)}`);
  const accounts = page.getByRole('table').first();
  await expect(accounts.getByRole('link', { name: `Northwind ${run}` })).toBeVisible();
  await expect(accounts.getByRole('link', { name: new RegExp(`Tailspin ${run}`, 'i') })).toHaveCount(1);
  const second = (await (await api.get(`/api/v1/accounts/${byNameAccount}`)).json()) as { industry: string };
  expect(second.industry).toBe('Aviation');
});

test('import contacts from CSV from the contacts list: matched by email within the account named by its external ID', async ({ page }) => {
  const { api } = await signInByApi(page);
  const externalId = `CRM-IMPC-${run}`;
  const account = await api.post('/api/v1/accounts', { name: `Adatum ${run}`, externalId });
  expect(account.status(), await account.text()).toBe(201);
  const { id: accountId } = (await account.json()) as { id: string };
  const email = `kim-${run}@adatum.example`;
  const existing = await api.post(`/api/v1/accounts/${accountId}/contacts`, { name: 'Kim Old', email });
  expect(existing.status(), await existing.text()).toBe(201);

  const csv = [
    'Account ID,Name,Email,Job title',
    `${externalId},Kim Akers,${email},CFO`,
    `${externalId},Lee Park,lee-${run}@adatum.example,CTO`,
    `NOPE-${run},Ann,ann@x.example,`,
  ].join('\n');
  await page.goto('/contacts');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { name: 'Import contacts' })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles({ name: `contacts-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('combobox', { name: 'account_external_id' })).toHaveValue('Account ID');
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByLabel('Import status')).toHaveText('Ready to commit', { timeout: 30_000 });
  const refused = page.getByRole('table', { name: 'Refused rows of the file' });
  await expect(refused.getByRole('row', { name: 'Line 4' })).toContainText(`No account has the external ID NOPE-${run}`);
  await page.getByRole('button', { name: 'Commit 2 valid rows' }).click();
  await expect(page.getByLabel('Import status')).toHaveText('Committed', { timeout: 30_000 });
  await expect(page.getByLabel('Created', { exact: true })).toHaveText('1');
  await expect(page.getByLabel('Updated', { exact: true })).toHaveText('1');
  const people = (await (await api.get(`/api/v1/accounts/${accountId}/contacts`)).json()) as { items: { name: string; title: string | null }[] };
  expect(people.items.map((c) => c.name).sort()).toEqual(['Kim Akers', 'Lee Park']);
});
