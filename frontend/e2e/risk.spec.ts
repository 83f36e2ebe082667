import { expect, test } from '@playwright/test';
import { signInByApi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = 'risk-e2e-password-1';

/** YYYY-MM-DD, `days` from today (UTC, as the server counts). */
function dateInDays(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('risk flags show as chips with their evidence, filter the list, and a snooze takes one out of the count', async ({ page, browser }) => {
  const admin = await browser.newContext();
  const { api } = await signInByApi(await admin.newPage());
  const email = `risk-${run}@e2e.example`;
  const user = await api.post('/api/v1/users', { name: `Risk Owner ${run}`, email, role: 'ACCOUNT_MANAGER', password: PASSWORD });
  expect(user.status(), await user.text()).toBe(201);
  const { id: ownerId } = (await user.json()) as { id: string };
  // A KEY account without a plan carries PLAN_STALE from its creation; a STANDARD one needs no plan.
  const key = await api.post('/api/v1/accounts', { name: `Flagged ${run}`, ownerId, tier: 'KEY', arr: 90000 });
  expect(key.status(), await key.text()).toBe(201);
  const flagged = (await key.json()) as { id: string; name: string };
  const standard = await api.post('/api/v1/accounts', { name: `Calm ${run}`, ownerId, tier: 'STANDARD', arr: 1000 });
  expect(standard.status(), await standard.text()).toBe(201);
  await admin.close();
  await signInByApi(page, { email, password: PASSWORD });

  // The flag filter: only the KEY account has PLAN_STALE.
  await page.goto(`/accounts?ownerId=${ownerId}`);
  await expect(page.getByRole('link', { name: `Calm ${run}` })).toBeVisible();
  await page.getByRole('textbox', { name: 'Risk flag' }).click();
  await page.getByRole('option', { name: 'Plan stale' }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/flag=PLAN_STALE/);
  await expect(page.getByRole('link', { name: `Flagged ${run}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Calm ${run}` })).toBeHidden();

  // The chip opens its evidence from the keyboard.
  const chip = page.getByRole('button', { name: 'Plan stale: show evidence' });
  await chip.focus();
  await page.keyboard.press('Enter');
  const evidence = page.getByRole('dialog', { name: 'Plan stale: show evidence' });
  await expect(evidence).toContainText('without an ACTIVE plan');
  await expect(evidence).toContainText('Clears when');

  // Snooze it: the dialog says what is missing before it asks, then the flag stops counting.
  await evidence.getByRole('button', { name: 'Snooze…' }).click();
  const dialog = page.getByRole('dialog', { name: `Snooze “Plan stale” on ${flagged.name}` });
  await dialog.getByRole('button', { name: 'Snooze' }).click();
  await expect(dialog.getByText('Say why the flag may wait')).toBeVisible();
  await expect(dialog.getByText('Choose the day the flag counts again.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('The plan is written with the customer at the kick-off next month.');
  await dialog.getByRole('textbox', { name: 'Counts again on' }).fill(dateInDays(400));
  await dialog.getByRole('textbox', { name: 'Counts again on' }).blur();
  await dialog.getByRole('button', { name: 'Snooze' }).click();
  await expect(dialog.getByText(/at most \d+ days ahead/)).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Counts again on' }).fill(dateInDays(20));
  await dialog.getByRole('textbox', { name: 'Counts again on' }).blur();
  await dialog.getByRole('button', { name: 'Snooze' }).click();
  await expect(dialog).toBeHidden();

  // Snoozed, it no longer matches the filter; on the account page it is shown as snoozed, with who and why.
  await expect(page.getByRole('link', { name: `Flagged ${run}` })).toBeHidden();
  await page.goto(`/accounts/${flagged.id}`);
  const snoozed = page.getByRole('button', { name: 'Plan stale (snoozed): show evidence' });
  await expect(snoozed).toBeVisible();
  await snoozed.click();
  await expect(page.getByTestId('snooze-info')).toContainText('kick-off next month');
});
