import { expect, test } from '@playwright/test';
import { signInByApi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = 'competition-e2e-password-1';

/** YYYY-MM-DD, `days` from today (UTC, as the server counts). */
function dateInDays(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('mark a business unit as held by a competitor, see the threat path it opens, and make a task of it', async ({ page, browser }) => {
  const admin = await browser.newContext();
  const { api } = await signInByApi(await admin.newPage());
  const email = `competition-${run}@e2e.example`;
  const user = await api.post('/api/v1/users', { name: `Competition Owner ${run}`, email, role: 'ACCOUNT_MANAGER', password: PASSWORD });
  expect(user.status(), await user.text()).toBe(201);
  const { id: ownerId } = (await user.json()) as { id: string };
  const rivalName = `Rival ${run}`;
  expect((await api.post('/api/v1/competitors', { name: rivalName })).status()).toBe(201);
  const family = `Routing ${run}`;
  const product = await api.post('/api/v1/products', { sku: `RT-${run}`, name: `Route planner ${run}`, family, recurring: true });
  expect(product.status(), await product.text()).toBe(201);
  const created = await api.post('/api/v1/accounts', { name: `Northwind ${run}`, ownerId, tier: 'STANDARD', arr: 120000 });
  expect(created.status(), await created.text()).toBe(201);
  const account = (await created.json()) as { id: string; name: string };
  const unit = await api.post(`/api/v1/accounts/${account.id}/business-units`, { name: `Logistics ${run}` });
  expect(unit.status(), await unit.text()).toBe(201);
  await admin.close();
  await signInByApi(page, { email, password: PASSWORD });

  await page.goto(`/accounts/${account.id}?tab=competition`);
  const threats = page.getByRole('region', { name: 'Threat paths' });
  const paths = threats.getByTestId('threat-path');
  // Nobody is known in the unit yet: that alone is a way in.
  await expect(paths).toHaveCount(1);
  await expect(paths.first()).toContainText(`A competitor could enter through Logistics ${run}: we know nobody there.`);

  const whitespace = page.getByRole('region', { name: 'Whitespace' });
  const cell = whitespace.getByRole('combobox', { name: `Logistics ${run}, ${family}` });
  await expect(cell).toHaveValue('NONE');
  // Arrow keys move through the choices without saving (the draft changes) and the cell keeps focus.
  await cell.focus();
  await page.keyboard.press('ArrowDown');
  await expect(whitespace.getByText('1 unsaved change')).toBeVisible();
  await expect(cell).toBeFocused();
  await expect(paths).toHaveCount(1);
  await cell.selectOption('COMPETITOR');
  await cell.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Logistics ${run}, ${family}: held by a competitor` });
  await dialog.getByRole('button', { name: 'Apply to the grid' }).click();
  await expect(dialog.getByText('Choose the competitor that holds this cell.')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Competitor' }).selectOption({ label: rivalName });
  await dialog.getByRole('textbox', { name: 'Estimated annual value' }).fill('-5');
  await dialog.getByRole('button', { name: 'Apply to the grid' }).click();
  await expect(dialog.getByText('Enter a number of 0 or more.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Estimated annual value' }).fill('40000');
  await dialog.getByRole('textbox', { name: 'Their contract ends' }).fill(dateInDays(75));
  await dialog.getByRole('button', { name: 'Apply to the grid' }).click();
  await expect(dialog).toBeHidden();
  await expect(cell).toHaveValue('COMPETITOR');
  await expect(paths).toHaveCount(1); // not saved yet
  await cell.focus();
  await cell.press('Enter');
  await expect(whitespace.getByText('1 unsaved change')).toBeHidden();
  await expect(cell).toBeFocused();

  // The competitor's way in comes first (20 + 15 for a contract ending within 6 months), as one sentence.
  const title = `${rivalName} could enter through Logistics ${run}`;
  const sentence = `${title}: they hold ${family} (about €40,000.00 a year), their contract ends in 75 days, we know nobody there.`;
  await expect(paths).toHaveCount(2);
  await expect(paths.first()).toContainText(sentence);
  await expect(threats.getByText('Threat score 50 / 100')).toBeVisible();

  await paths.first().getByRole('button', { name: 'Create task' }).click();
  await expect(paths.first().getByRole('link', { name: 'Task open' })).toBeVisible();
  // After a reload the path still knows its task: no second one is offered.
  await page.reload();
  await expect(paths.first()).toContainText(sentence);
  await expect(paths.first().getByRole('link', { name: 'Task open' })).toBeVisible();
  await expect(paths.first().getByRole('button', { name: 'Create task' })).toHaveCount(0);
  await paths.first().getByRole('link', { name: 'Task open' }).click();
  await expect(page).toHaveURL(new RegExp(`/tasks\\?accountId=${account.id}`));
  // The task has the short title; the whole sentence is its detail.
  await expect(page.getByRole('row').filter({ hasText: title })).toHaveCount(1);
});

test('record an offering gap with bad input first, and delete a competitor only after asking', async ({ page }) => {
  const { api } = await signInByApi(page);
  const rivalName = `Gapmaker ${run}`;
  expect((await api.post('/api/v1/competitors', { name: rivalName })).status()).toBe(201);
  const created = await api.post('/api/v1/accounts', { name: `Gapped ${run}`, tier: 'STANDARD', arr: 80000 });
  expect(created.status(), await created.text()).toBe(201);
  const account = (await created.json()) as { id: string; name: string };

  await page.goto(`/accounts/${account.id}?tab=competition`);
  const gaps = page.getByRole('region', { name: 'Offering gaps this account uses' });
  await gaps.getByRole('button', { name: 'Record an offering gap' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record an offering gap' });
  await dialog.getByRole('button', { name: 'Record gap' }).click();
  await expect(dialog.getByText('Choose the competitor that offers it.')).toBeVisible();
  await expect(dialog.getByText(/^Name what they offer that we lack/)).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Competitor' }).selectOption({ label: rivalName });
  await dialog.getByRole('textbox', { name: 'Offering we lack' }).fill('x'.repeat(201));
  await dialog.getByRole('button', { name: 'Record gap' }).click();
  await expect(dialog.getByText('Use at most 200 characters (now 201).')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Offering we lack' }).fill('Route optimisation');
  await dialog.getByRole('textbox', { name: 'Notes' }).fill('Sold **bundled** with telematics.');
  await dialog.getByRole('button', { name: 'Record gap' }).click();
  await expect(dialog).toBeHidden();
  await expect(gaps.getByRole('row').filter({ hasText: 'Route optimisation' })).toContainText(rivalName);
  await expect(gaps.locator('strong', { hasText: 'bundled' })).toBeVisible();

  // Unticking "uses it" removes this account alone: a gap lists only its top accounts, so none are sent back.
  await gaps.getByRole('button', { name: 'Edit offering gap Route optimisation' }).click();
  const edit = page.getByRole('dialog', { name: 'Change the offering gap' });
  await edit.getByRole('checkbox', { name: `${account.name} uses it` }).uncheck();
  await edit.getByRole('button', { name: 'Save gap' }).click();
  await expect(edit).toBeHidden();
  await expect(gaps.getByText('No offering gap is recorded for this account.')).toBeVisible();

  // The competitor is named by the gap: deleting asks first and says why the server keeps it.
  await page.goto('/settings/competitors');
  const row = page.getByRole('row').filter({ hasText: rivalName });
  await expect(row).toContainText('1 offering gap');
  await row.getByRole('button', { name: `Delete ${rivalName}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${rivalName}?` });
  await expect(confirm).toContainText(`${rivalName} is named by 1 offering gap`);
  await confirm.getByRole('button', { name: 'Delete competitor' }).click();
  await expect(confirm.getByRole('alert')).toContainText(`${rivalName} is named by 1 offering gap, so it stays on the list`);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toBeVisible();
});
