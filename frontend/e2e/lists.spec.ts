import { expect, test, type Page } from '@playwright/test';
import { signInByApi, type SignedIn } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function createAccount(api: SignedIn['api'], body: Record<string, unknown>) {
  const res = await api.post('/api/v1/accounts', { arr: 100000, lifecycle: 'ACTIVE', tier: 'STANDARD', ...body });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; name: string };
}

/** The first account row of the list (row 0 is the header). */
const firstRow = (page: Page) => page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1);

test('page 2 of a filtered list survives a reload, Back and Forward, and a visit to an account', async ({ page }) => {
  const { api } = await signInByApi(page);
  const prefix = `Paging ${run}`;
  // One page holds 50: 53 accounts make a second page of 3.
  for (let i = 1; i <= 53; i++) await createAccount(api, { name: `${prefix} ${String(i).padStart(2, '0')}` });

  await page.goto(`/accounts?q=${encodeURIComponent(prefix)}`);
  await expect(firstRow(page)).toContainText(`${prefix} 01`);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(firstRow(page)).toContainText(`${prefix} 51`);
  await expect(page.getByText(/^Page 2 ·/)).toBeVisible();
  expect(new URL(page.url()).searchParams.get('cursor')).toBeTruthy();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(prefix);

  // A reload (or the same link elsewhere) shows the same rows.
  await page.reload();
  await expect(firstRow(page)).toContainText(`${prefix} 51`);
  await expect(page.getByRole('table', { name: 'Accounts' }).getByRole('row')).toHaveCount(4);
  await expect(page.getByText(/^Page 2 ·/)).toBeVisible();

  // Back goes to page 1, Forward to page 2 again.
  await page.goBack();
  await expect(firstRow(page)).toContainText(`${prefix} 01`);
  await page.goForward();
  await expect(firstRow(page)).toContainText(`${prefix} 51`);

  // Open an account from page 2 and come back to page 2.
  await page.getByRole('link', { name: `${prefix} 52` }).click();
  await expect(page.getByRole('heading', { name: `${prefix} 52`, level: 2 })).toBeVisible();
  await page.goBack();
  await expect(firstRow(page)).toContainText(`${prefix} 51`);

  // Previous walks back to page 1 with the filter kept.
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(firstRow(page)).toContainText(`${prefix} 01`);
  expect(new URL(page.url()).searchParams.get('cursor')).toBeNull();
  expect(new URL(page.url()).searchParams.get('q')).toBe(prefix);
});

test('archive an account, find it in the Archived view and restore it', async ({ page }) => {
  const { api } = await signInByApi(page);
  const account = await createAccount(api, { name: `Archive me ${run}`, domain: `archive-${run}.example` });

  await page.goto(`/accounts/${account.id}`);
  await page.getByRole('button', { name: 'Archive' }).click();
  const dialog = page.getByRole('dialog', { name: `Archive ${account.name}?` });
  // The confirmation says what archiving does, and how to undo it.
  await expect(dialog).toContainText('takes the account out of the account list');
  await expect(dialog).toContainText('Nothing is deleted');
  await expect(dialog).toContainText('Restore');
  await dialog.getByRole('button', { name: 'Archive account' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Restore' })).toBeVisible();

  // Gone from the current accounts, there in the Archived view.
  await page.goto(`/accounts?q=${encodeURIComponent(account.name)}`);
  await expect(page.getByText('No account matches these filters')).toBeVisible();
  // The view switch (a segmented control: its radios are hidden behind their labels).
  await page.getByText('Archived', { exact: true }).click();
  await expect(page).toHaveURL(/archived=true/);
  const row = page.getByRole('table', { name: 'Accounts' }).getByRole('row', { name: new RegExp(account.name) });
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: `Restore ${account.name}` }).click();
  await expect(page.getByText(`${account.name} is back in the account list.`)).toBeVisible();
  await expect(row).toBeHidden();

  await page.getByText('Current', { exact: true }).click();
  await expect(page.getByRole('table', { name: 'Accounts' }).getByRole('row', { name: new RegExp(account.name) })).toBeVisible();
  const restored = await (await api.get(`/api/v1/accounts/${account.id}`)).json();
  expect(restored.archived).toBe(false);
});

test('a reopened opportunity still shows why it was lost, in its facts and its stage history', async ({ page }) => {
  const { api } = await signInByApi(page);
  const account = await createAccount(api, { name: `Lost deal ${run}` });
  const res = await api.post('/api/v1/opportunities', {
    accountId: account.id,
    type: 'UPSELL',
    title: `Second site ${run}`,
    amount: 30000,
    stage: 'PROPOSAL',
    expectedCloseDate: '2031-06-30',
  });
  expect(res.status(), await res.text()).toBe(201);
  const opportunity = (await res.json()) as { id: string; title: string };
  const lossReason = `Chose a competitor on price (${run})`;
  const reopenReason = `Their new CFO asked us back (${run})`;

  await page.goto(`/opportunities/${opportunity.id}`);
  await page.getByRole('button', { name: 'Mark lost' }).click();
  const lost = page.getByRole('dialog', { name: 'Mark as lost' });
  await lost.getByRole('textbox', { name: 'Loss reason' }).fill(lossReason);
  await lost.getByRole('button', { name: 'Mark as lost' }).click();
  await expect(lost).toBeHidden();

  await page.getByRole('button', { name: 'Reopen' }).click();
  const reopen = page.getByRole('dialog', { name: `Reopen “${opportunity.title}”` });
  await expect(reopen).toContainText(lossReason);
  await reopen.getByRole('textbox', { name: 'Reason' }).fill(reopenReason);
  await reopen.getByRole('button', { name: 'Reopen' }).click();
  await expect(reopen).toBeHidden();

  for (const when of ['after the reopen', 'after a reload']) {
    if (when === 'after a reload') await page.reload();
    await expect(page.getByText('Lost last time because'), when).toBeVisible();
    await expect(page.getByText(lossReason).first(), when).toBeVisible();
    const history = page.getByRole('table', { name: 'Stage history' }).getByRole('row');
    await expect(history.nth(1), when).toContainText(reopenReason);
    await expect(history.nth(2), when).toContainText(`Lost because: ${lossReason}`);
  }
});
