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
    await expect(refusal).toContainText(`The KEY budget is ${key.used} account`);
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
