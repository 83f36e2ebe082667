import { expect, test } from '@playwright/test';
import { signInByApi, signInThroughUi, signOutThroughUi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = 'handoff-e2e-password';

test('hand a KEY account over; the new owner sees it on My day and the dashboard, reads the checklist, accepts and owns the account', async ({ page }) => {
  const { api } = await signInByApi(page);
  const users = [];
  for (const who of ['from', 'to']) {
    const res = await api.post('/api/v1/users', {
      name: `E2E ${who === 'from' ? 'Outgoing' : 'Incoming'} ${run}`,
      email: `${who}-${run}@e2e.example`,
      role: 'ACCOUNT_MANAGER',
      active: true,
      password: PASSWORD,
    });
    expect(res.status(), await res.text()).toBe(201);
    users.push((await res.json()) as { id: string; name: string; email: string });
  }
  const [outgoing, incoming] = users as [{ id: string; name: string }, { id: string; name: string; email: string }];
  const accountName = `Fabrikam ${run}`;
  const created = await api.post('/api/v1/accounts', { name: accountName, ownerId: outgoing.id, tier: 'KEY', arr: 150000 });
  expect(created.status(), await created.text()).toBe(201);
  const account = (await created.json()) as { id: string };
  const deal = await api.post('/api/v1/opportunities', {
    accountId: account.id,
    type: 'UPSELL',
    title: `Analytics add-on ${run}`,
    amount: 40000,
    expectedCloseDate: '2031-03-31',
  });
  expect(deal.status(), await deal.text()).toBe(201);

  // The admin hands the account over from its page.
  await page.goto(`/accounts/${account.id}`);
  await expect(page.getByRole('heading', { name: accountName, level: 2 })).toBeVisible();
  const card = page.getByRole('region', { name: 'Handoff' });
  await expect(card).toContainText('its owner changes by handoff');
  await card.getByRole('button', { name: 'Hand over' }).click();
  const dialog = page.getByRole('dialog', { name: `Hand over ${accountName}` });
  await expect(dialog).toBeVisible();
  const owner = dialog.getByRole('textbox', { name: 'New owner', exact: true });
  await owner.click();
  await owner.fill(incoming.name);
  await page.getByRole('option', { name: incoming.name }).click();
  await expect(owner).toHaveValue(incoming.name);
  await dialog.getByRole('textbox', { name: 'Note for the new owner' }).fill('The renewal call is on the 14th.');
  // The checklist the server builds is there to review, with the open opportunity in it.
  await expect(dialog.getByRole('region', { name: 'Open opportunities' })).toContainText(`Analytics add-on ${run}`);
  await expect(dialog.getByRole('region', { name: 'Key contacts' })).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Add to risks' }).fill('Their new CTO favours a competitor.');
  await dialog.getByRole('button', { name: 'Start handoff' }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toContainText(`Waiting for ${incoming.name} to accept`);
  // Until then the account stays with its owner.
  await expect(page.getByRole('region', { name: 'Our relationship' })).toContainText(outgoing.name);

  // The incoming account manager signs in, lands on My day, which lists it, and finds it on the dashboard too.
  await signOutThroughUi(page);
  await signInThroughUi(page, { email: incoming.email, password: PASSWORD });
  await expect(page.getByRole('heading', { name: 'My day', level: 2 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Handoffs waiting' })).toContainText(accountName);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
  const waiting = page.getByRole('table', { name: 'Handoffs waiting for you' });
  await expect(waiting).toContainText(outgoing.name);
  await waiting.getByRole('link', { name: accountName }).click();

  await expect(page.getByRole('heading', { name: `Handoff of ${accountName}`, level: 2 })).toBeVisible();
  await expect(page.getByText('The renewal call is on the 14th.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Risks' })).toContainText('Their new CTO favours a competitor.');
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByText(`${incoming.name} owns ${accountName} now.`)).toBeVisible();

  // The account is theirs now, and the dashboard has nothing waiting.
  await page.getByRole('link', { name: accountName }).click();
  await expect(page.getByRole('heading', { name: accountName, level: 2 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Our relationship' })).toContainText(incoming.name);
  await page.goto('/dashboard');
  await expect(page.getByRole('region', { name: 'Handoffs waiting for you' })).toContainText('Nothing waiting for you');
});
