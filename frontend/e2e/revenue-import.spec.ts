import { expect, test } from '@playwright/test';
import { signInByApi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** YYYY-MM, `back` complete months before the current one (UTC, as the server counts). */
function monthsAgo(back: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7);
}

test('import a CSV: see both refused rows and why, commit, see the lines on the Revenue tab and a STOPPED_BUYING alert, resolve it', async ({ page }) => {
  const { api } = await signInByApi(page);
  const externalId = `CRM-E2E-${run}`;
  const account = await api.post('/api/v1/accounts', { name: `Contoso Revenue ${run}`, externalId, tier: 'STANDARD' });
  expect(account.status(), await account.text()).toBe(201);
  const { id: accountId, name } = (await account.json()) as { id: string; name: string };
  const platform = `PLAT-${run}`.toUpperCase();
  const support = `SUPP-${run}`.toUpperCase();
  for (const [sku, family] of [
    [platform, 'Platform'],
    [support, 'Support'],
  ] as const) {
    const product = await api.post('/api/v1/products', { sku, name: `${family} ${run}`, family, recurring: true });
    expect(product.status(), await product.text()).toBe(201);
  }

  // Twelve months of the platform; support bought for six months, then no more for the last three (it stopped
  // being bought: a STOPPED_BUYING alert once alerts exist). Two bad rows: an unknown account, a negative amount.
  const rows = ['account_external_id,sku,period,quantity,amount,currency,source'];
  for (let back = 12; back >= 1; back--) rows.push(`${externalId},${platform},${monthsAgo(back)},10,1000.00,EUR,e2e`);
  for (let back = 9; back >= 4; back--) rows.push(`${externalId},${support},${monthsAgo(back)},2,300.00,EUR,e2e`);
  rows.push(`NO-SUCH-${run},${platform},${monthsAgo(1)},1,100.00,EUR,e2e`);
  rows.push(`${externalId},${support},${monthsAgo(1)},1,-50.00,EUR,e2e`);
  const csv = rows.join('\n') + '\n';

  await page.goto('/revenue/import');
  await expect(page.getByRole('heading', { name: 'Import revenue lines' })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles({ name: `revenue-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Upload' }).click();

  // The job validates it; the preview lists both refused rows with their reasons.
  await expect(page.getByLabel('Import status')).toHaveText('Ready to commit', { timeout: 30_000 });
  await expect(page.getByLabel('Rows in the file')).toHaveText('20');
  await expect(page.getByLabel('Refused rows', { exact: true })).toHaveText('2');
  const refused = page.getByRole('table', { name: 'Refused rows of the file' });
  await expect(refused.getByRole('row', { name: 'Line 20' })).toContainText(`No account has the external ID NO-SUCH-${run}`);
  await expect(refused.getByRole('row', { name: 'Line 21' })).toContainText('The amount must be zero or more');

  await page.getByRole('button', { name: 'Commit 18 valid rows' }).click();
  await expect(page.getByLabel('Import status')).toHaveText('Committed', { timeout: 30_000 });
  await expect(page.getByLabel('Lines created')).toHaveText('18');

  // The account's Revenue tab shows the lines: both families, support stopped.
  await page.goto(`/accounts/${accountId}?tab=revenue`);
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  await page.getByRole('tab', { name: 'Revenue' }).click();
  const products = page.getByRole('table', { name: `Products bought by ${name}` });
  await expect(products.getByRole('row', { name: new RegExp(platform) })).toContainText('Flat');
  await expect(products.getByRole('row', { name: new RegExp(support) })).toContainText('Stopped');
  await expect(
    page.getByRole('img', { name: `Monthly revenue of ${name} by product family` }).or(page.getByLabel(`Monthly revenue of ${name} by product family`)),
  ).toBeVisible();

  // The import queued the account's alert check (the e2e server checks every second): support stopped.
  await expect
    .poll(
      async () => ((await (await api.get(`/api/v1/revenue-alerts?accountId=${accountId}&rule=STOPPED_BUYING`)).json()) as { items: unknown[] }).items.length,
      {
        timeout: 30_000,
      },
    )
    .toBe(1);
  await page.reload();
  await page.getByRole('tab', { name: 'Revenue' }).click();
  const alerts = page.getByRole('table', { name: 'Revenue alerts' });
  const stopped = alerts.getByRole('row', { name: new RegExp(`Stopped buying.*${support}`) });
  await expect(stopped).toBeVisible();

  // Resolving needs a cause and a note: an empty form is refused with sentences, then it is resolved.
  await stopped.getByRole('button', { name: /^Resolve: Stopped buying/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Resolve: Stopped buying/ });
  await dialog.getByRole('button', { name: 'Resolve alert' }).click();
  await expect(dialog.getByText('Choose the cause to resolve the alert.')).toBeVisible();
  await expect(dialog.getByText('Write a note saying what happened to resolve the alert.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Cause' }).click();
  await page.getByRole('option', { name: 'Project ended' }).click();
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Their migration project ended in spring; support is no longer needed.');
  await dialog.getByRole('button', { name: 'Resolve alert' }).click();
  await expect(dialog).toBeHidden();
  await expect(alerts.getByRole('row', { name: new RegExp(`Stopped buying.*${support}`) })).toHaveCount(0);
  const resolved = (
    (await (await api.get(`/api/v1/revenue-alerts?accountId=${accountId}&rule=STOPPED_BUYING`)).json()) as {
      items: { status: string; cause: string }[];
    }
  ).items;
  expect(resolved.map((a) => [a.status, a.cause])).toEqual([['RESOLVED', 'PROJECT_ENDED']]);
});
