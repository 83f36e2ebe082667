import { expect, test } from '@playwright/test';
import { signInByApi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = 'scorecard-e2e-password-1';

test('a scorecard shows blocked expansion turning payable after the renewal is won', async ({ page, browser }) => {
  const year = new Date().getUTCFullYear();
  const admin = await browser.newContext();
  const { api } = await signInByApi(await admin.newPage());
  const email = `scorecard-${run}@e2e.example`;
  const user = await api.post('/api/v1/users', { name: `Scorecard Owner ${run}`, email, role: 'ACCOUNT_MANAGER', password: PASSWORD });
  expect(user.status(), await user.text()).toBe(201);
  const { id: ownerId } = (await user.json()) as { id: string };
  const created = await api.post('/api/v1/accounts', { name: `Northwind ${run}`, ownerId, tier: 'STANDARD', arr: 200000 });
  expect(created.status(), await created.text()).toBe(201);
  const account = (await created.json()) as { id: string; name: string };
  const opportunity = async (type: string, title: string, amount: number) => {
    const res = await api.post('/api/v1/opportunities', { accountId: account.id, type, title, amount, expectedCloseDate: `${year}-12-31` });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const renewal = await opportunity('RENEWAL', `Renewal ${run}`, 200000);
  const upsell = await opportunity('UPSELL', `Analytics upsell ${run}`, 48000);
  const won = await api.post(`/api/v1/opportunities/${upsell}/stage`, { stage: 'WON' });
  expect(won.status(), await won.text()).toBe(200);
  await admin.close();

  const { api: mine } = await signInByApi(page, { email, password: PASSWORD });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My scorecard' }).click();
  await expect(page.getByRole('heading', { name: 'My scorecard', level: 2 })).toBeVisible();
  await expect(page.getByTestId('scorecard-blocked')).toContainText('48,000.00');
  await expect(page.getByTestId('scorecard-commissionable')).toContainText('0.00');
  const whatIf = page.getByTestId('scorecard-what-if');
  await expect(whatIf).toContainText(`Win the renewal “Renewal ${run}” of ${account.name} and`);
  await expect(whatIf).toContainText('48,000.00 of expansion becomes payable.');
  await expect(page.getByRole('region', { name: 'Expansion by account' })).toContainText('A renewal expected to close in');

  // The account's growth panel says the same.
  await page.getByRole('region', { name: 'Expansion by account' }).getByRole('link', { name: account.name }).click();
  await page.getByRole('tab', { name: 'Opportunities' }).click();
  await expect(page.getByTestId('what-if')).toContainText('48,000.00 of expansion becomes payable.');

  // The renewal is won: the blocked expansion pays.
  const renewed = await mine.post(`/api/v1/opportunities/${renewal}/stage`, { stage: 'WON' });
  expect(renewed.status(), await renewed.text()).toBe(200);
  await page.goto('/scorecard');
  await expect(page.getByTestId('scorecard-commissionable')).toContainText('48,000.00');
  await expect(page.getByTestId('scorecard-blocked')).toContainText('0.00');
  await expect(page.getByTestId('scorecard-what-if')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Expansion by account' }).getByText('Met')).toBeVisible();
});
