import { expect, test } from '@playwright/test';
import { signInByApi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

interface Budget {
  tier: string;
  maxSharePct: number | null;
  maxCount: number | null;
  used: number;
}

test('a promotion over the Key budget is refused, then the swap it offers is accepted', async ({ page }) => {
  const { api } = await signInByApi(page);
  const ownerRes = await api.post('/api/v1/users', {
    name: `E2E Tier Owner ${run}`,
    email: `tier-owner-${run}@e2e.example`,
    role: 'ACCOUNT_MANAGER',
    active: true,
  });
  expect(ownerRes.status(), await ownerRes.text()).toBe(201);
  const owner = (await ownerRes.json()) as { id: string };
  const keyName = `Keyholder ${run}`;
  const risingName = `Riser ${run}`;
  const keyRes = await api.post('/api/v1/accounts', { name: keyName, ownerId: owner.id, tier: 'KEY', arr: 10000 });
  expect(keyRes.status(), await keyRes.text()).toBe(201);
  const risingRes = await api.post('/api/v1/accounts', { name: risingName, ownerId: owner.id, arr: 250000 });
  expect(risingRes.status(), await risingRes.text()).toBe(201);
  const rising = (await risingRes.json()) as { id: string };

  // The Key budget full: exactly the accounts in it now.
  const budgets = (await (await api.get('/api/v1/tier-budgets')).json()) as { items: Budget[] };
  const key = budgets.items.find((b) => b.tier === 'KEY')!;
  const full = await api.put('/api/v1/tier-budgets/KEY', { maxCount: key.used });
  expect(full.status(), await full.text()).toBe(200);
  try {
    await page.goto(`/accounts/${rising.id}`);
    await expect(page.getByRole('heading', { name: risingName, level: 2 })).toBeVisible();
    await page.getByRole('button', { name: 'Change tier' }).click();
    const dialog = page.getByRole('dialog', { name: `Change tier of ${risingName}` });
    await dialog.getByRole('radio', { name: 'Key' }).check();
    await dialog.getByRole('textbox', { name: 'Reason', exact: true }).fill('Signed the platform deal');
    await dialog.getByRole('textbox', { name: 'Reason code' }).click();
    await page.getByRole('option', { name: 'Revenue' }).click();
    // The facts are shown before saving.
    const facts = dialog.getByRole('region', { name: 'Promotion facts' });
    await expect(facts).toContainText('ICP fit');
    await expect(facts).toContainText('Threat score');
    await dialog.getByRole('button', { name: 'Change tier' }).click();

    // Refused, naming the budget, with the swap offered.
    const refusal = dialog.getByRole('alert');
    await expect(refusal).toContainText(`The Key budget is ${key.used} account`);
    const offer = dialog.getByRole('region', { name: 'Swap offer' });
    await expect(offer).toBeVisible();
    await offer.getByRole('radio', { name: new RegExp(keyName) }).check();
    await offer.getByRole('textbox', { name: 'Reason for moving it down' }).fill('Spend flat for two years');
    await offer.getByRole('button', { name: 'Swap' }).click();
    await expect(dialog).toBeHidden();

    // Both moved: the riser is Key, the old Key account Standard, each with its history entry.
    await expect(page.getByRole('table', { name: 'Tier history' }).getByRole('row').nth(1)).toContainText('Signed the platform deal');
    const after = (await (await api.get(`/api/v1/accounts/${rising.id}`)).json()) as { tier: string };
    expect(after.tier).toBe('KEY');
    const list = (await (await api.get(`/api/v1/accounts?ownerId=${owner.id}&tier=STANDARD`)).json()) as { items: { name: string }[] };
    expect(list.items.map((a) => a.name)).toEqual([keyName]);
  } finally {
    const restore = await api.put('/api/v1/tier-budgets/KEY', key.maxCount != null ? { maxCount: key.maxCount } : { maxSharePct: key.maxSharePct });
    expect(restore.status(), await restore.text()).toBe(200);
  }
});

test('an admin lets a promotion over the Key budget in with an override, after its fields are checked', async ({ page }) => {
  const { api } = await signInByApi(page);
  const name = `Override ${run}`;
  const created = await api.post('/api/v1/accounts', { name, arr: 90000 });
  expect(created.status(), await created.text()).toBe(201);
  const account = (await created.json()) as { id: string };
  const budgets = (await (await api.get('/api/v1/tier-budgets')).json()) as { items: Budget[] };
  const key = budgets.items.find((b) => b.tier === 'KEY')!;
  const full = await api.put('/api/v1/tier-budgets/KEY', { maxCount: key.used });
  expect(full.status(), await full.text()).toBe(200);
  try {
    await page.goto(`/accounts/${account.id}`);
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
    await page.getByRole('button', { name: 'Change tier' }).click();
    const dialog = page.getByRole('dialog', { name: `Change tier of ${name}` });
    await dialog.getByRole('radio', { name: 'Key' }).check();
    await dialog.getByRole('textbox', { name: 'Reason', exact: true }).fill('Reference customer for the north');
    await dialog.getByRole('textbox', { name: 'Reason code' }).click();
    await page.getByRole('option', { name: 'Strategic reference' }).click();
    await dialog.getByRole('button', { name: 'Change tier' }).click();

    // Refused naming the budget; an admin is offered the override.
    const refusal = dialog.getByRole('alert');
    await expect(refusal).toContainText(`The Key budget is ${key.used} account`);
    await expect(refusal).toContainText('As an admin you may let this account in anyway');
    const override = dialog.getByRole('region', { name: 'Budget override' });
    await expect(override).toBeVisible();

    // Both fields are required; the expiry is in the future.
    const save = dialog.getByRole('button', { name: 'Change tier with override' });
    await save.click();
    await expect(override).toContainText('Say why this account may pass the budget.');
    await expect(override).toContainText('Pick the day the override ends.');
    await override.getByRole('textbox', { name: 'Override reason' }).fill('Board decision: reference for the region');
    const today = new Date().toISOString().slice(0, 10);
    const expiry = override.getByRole('textbox', { name: 'Override expires on' });
    await expiry.fill('2020-01-01');
    await expiry.press('Tab');
    await save.click();
    await expect(override).toContainText('Pick a day after today: an override must end in the future.');
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(later > today).toBe(true);
    await expiry.fill(later);
    await expiry.press('Tab');
    await save.click();
    await expect(dialog).toBeHidden();

    const after = (await (await api.get(`/api/v1/accounts/${account.id}`)).json()) as { tier: string };
    expect(after.tier).toBe('KEY');
    const history = (await (await api.get(`/api/v1/accounts/${account.id}/tier-history`)).json()) as {
      items: { budgetOverrideId: string | null; reasonCode: string | null }[];
    };
    expect(history.items[0].budgetOverrideId).not.toBeNull();
    expect(history.items[0].reasonCode).toBe('STRATEGIC_REFERENCE');
  } finally {
    const restore = await api.put('/api/v1/tier-budgets/KEY', key.maxCount != null ? { maxCount: key.maxCount } : { maxSharePct: key.maxSharePct });
    expect(restore.status(), await restore.text()).toBe(200);
  }
});

test('an admin creates a Key account over the budget with an override from the new-account form', async ({ page }) => {
  const { api } = await signInByApi(page);
  const name = `Created over ${run}`;
  const budgets = (await (await api.get('/api/v1/tier-budgets')).json()) as { items: Budget[] };
  const key = budgets.items.find((b) => b.tier === 'KEY')!;
  const full = await api.put('/api/v1/tier-budgets/KEY', { maxCount: key.used });
  expect(full.status(), await full.text()).toBe(200);
  try {
    await page.goto('/accounts/new');
    const form = page.getByRole('form', { name: 'New account' });
    await form.getByRole('textbox', { name: 'Name' }).fill(name);
    await form.getByRole('textbox', { name: 'Tier' }).click();
    await page.getByRole('option', { name: 'Key' }).click();
    await form.getByRole('button', { name: 'Create account' }).click();

    // Refused naming the budget; an admin is offered the override, both fields required.
    await expect(form.getByRole('alert')).toContainText(`The Key budget is ${key.used} account`);
    await expect(form.getByRole('alert')).toContainText('As an admin you may let this account in anyway');
    const override = form.getByRole('region', { name: 'Budget override' });
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(override).toContainText('Say why this account may pass the budget.');
    await override.getByRole('textbox', { name: 'Override reason' }).fill('Board decision: reference for the region');
    const expiry = override.getByRole('textbox', { name: 'Override expires on' });
    await expiry.fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
    await expiry.press('Tab');
    await form.getByRole('button', { name: 'Create account' }).click();

    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
    const listed = (await (await api.get(`/api/v1/accounts?q=${encodeURIComponent(name)}`)).json()) as { items: { tier: string }[] };
    expect(listed.items[0]?.tier).toBe('KEY');
  } finally {
    const restore = await api.put('/api/v1/tier-budgets/KEY', key.maxCount != null ? { maxCount: key.maxCount } : { maxSharePct: key.maxSharePct });
    expect(restore.status(), await restore.text()).toBe(200);
  }
});
