import { expect, test, type Page } from '@playwright/test';
import { signInByApi, type SignedIn } from './auth';

// Forms save what was typed or refuse it clearly: numbers, countries, the new-opportunity form and long names.

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = 'forms-e2e-password';

/** Every change the page sends to the API, as "METHOD /path". */
function recordWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/') && !['GET', 'HEAD'].includes(r.method())) writes.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });
  return writes;
}

async function createAccountManager(api: SignedIn['api'], label: string) {
  const email = `${label}-${run}@e2e.example`;
  const res = await api.post('/api/v1/users', { name: `${label} ${run}`, email, role: 'ACCOUNT_MANAGER', active: true, password: PASSWORD });
  expect(res.status(), await res.text()).toBe(201);
  return { ...((await res.json()) as { id: string; name: string }), email };
}

async function createAccount(api: SignedIn['api'], body: Record<string, unknown>) {
  const res = await api.post('/api/v1/accounts', body);
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; name: string };
}

test('a bad number stays as typed, is explained at its field and never sent; the server refuses it too', async ({ page }) => {
  const { api } = await signInByApi(page);
  const writes = recordWrites(page);

  await page.goto('/settings/tier-policies');
  const strategic = page.getByRole('region', { name: 'Strategic tier policy' });
  const limit = strategic.getByRole('textbox', { name: 'Max accounts per owner' });
  const cadence = strategic.getByRole('textbox', { name: /QBR cadence/ });
  await limit.fill('-1');
  await cadence.fill('-5');
  await cadence.blur();
  await strategic.getByRole('button', { name: 'Save Strategic' }).click();
  await expect(strategic.getByText('Enter a whole number from 0 to 10,000. Leave it empty for no limit.')).toBeVisible();
  await expect(strategic.getByText('Enter a whole number from 1 to 730.')).toBeVisible();
  // Neither clamped nor turned positive.
  await expect(limit).toHaveValue('-1');
  await expect(cadence).toHaveValue('-5');
  expect(writes).toEqual([]);

  const refused = await api.put('/api/v1/tier-policies/STRATEGIC', { maxAccountsPerOwner: -1, qbrCadenceDays: -5 });
  expect(refused.status()).toBe(422);
  const problem = (await refused.json()) as { errors: { field: string; message: string }[] };
  expect(problem.errors.map((e) => e.field).sort()).toEqual(['maxAccountsPerOwner', 'qbrCadenceDays']);

  // The new account form: a negative ARR and employee count.
  await page.goto('/accounts/new');
  await page.getByRole('textbox', { name: 'Name' }).fill(`Negative ${run}`);
  const arr = page.getByRole('textbox', { name: 'ARR', exact: true });
  const employees = page.getByRole('textbox', { name: 'Employees' });
  await arr.fill('-5000');
  await employees.fill('-3');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter a number of 0 or more.')).toBeVisible();
  await expect(page.getByText('Enter a whole number from 0 to 10,000,000.')).toBeVisible();
  await expect(arr).toHaveValue('-€5,000');
  await expect(employees).toHaveValue('-3');
  expect(writes).toEqual([]);
});

test('country picker: type "Germany", pick it, and the account is saved with DE', async ({ page }) => {
  const { api } = await signInByApi(page);
  const name = `Country ${run}`;
  await page.goto('/accounts/new');
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  const country = page.getByRole('textbox', { name: 'Country' });
  await country.fill('Germany');
  // The name finds Germany, not Georgia (GE).
  await expect(page.getByRole('option')).toHaveCount(1);
  await page.getByRole('option', { name: /^Germany/ }).click();
  await expect(country).toHaveValue('Germany');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  const id = page.url().split('/').pop() ?? '';
  const saved = (await (await api.get(`/api/v1/accounts/${id}`)).json()) as { country: string };
  expect(saved.country).toBe('DE');
  await expect(page.getByRole('definition').filter({ hasText: 'Germany' })).toBeVisible();

  const unknown = await api.post('/api/v1/accounts', { name: `Unknown ${run}`, country: 'XX' });
  expect(unknown.status()).toBe(422);
  expect(((await unknown.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('country');
});

test('new opportunity: an account manager is offered only their accounts, and an empty submit flags every field', async ({ page }) => {
  const { api } = await signInByApi(page);
  const manager = await createAccountManager(api, 'opp-owner');
  const other = await createAccountManager(api, 'opp-other');
  const mine = await createAccount(api, { name: `Mine ${run}`, ownerId: manager.id });
  const theirs = await createAccount(api, { name: `Theirs ${run}`, ownerId: other.id });

  await page.context().clearCookies();
  await signInByApi(page, { email: manager.email, password: PASSWORD });
  const writes = recordWrites(page);
  await page.goto('/opportunities');
  await page.getByRole('button', { name: 'New opportunity' }).click();
  const dialog = page.getByRole('dialog', { name: 'New opportunity' });

  // One click on an empty form flags every missing field at once.
  await dialog.getByRole('button', { name: 'Create opportunity' }).click();
  await expect(dialog.getByText('Pick the account this opportunity is with.')).toBeVisible();
  await expect(dialog.getByText('Give the opportunity a title.')).toBeVisible();
  await expect(dialog.getByText('Enter the amount.')).toBeVisible();
  await expect(dialog.getByText('Enter when you expect it to close.')).toBeVisible();
  expect(writes).toEqual([]);

  const account = dialog.getByRole('textbox', { name: 'Account' });
  await account.fill(String(run));
  await expect(page.getByRole('option', { name: mine.name })).toBeVisible();
  await expect(page.getByRole('option', { name: theirs.name })).toHaveCount(0);
  await page.getByRole('option', { name: mine.name }).click();

  // A close date in the past is refused in the form.
  await dialog.getByRole('textbox', { name: 'Title' }).fill(`Expansion ${run}`);
  await dialog.getByRole('textbox', { name: 'Amount' }).fill('12000');
  await dialog.getByRole('textbox', { name: 'Expected close date' }).fill('2020-01-31');
  await dialog.getByRole('textbox', { name: 'Expected close date' }).blur();
  await dialog.getByRole('button', { name: 'Create opportunity' }).click();
  await expect(dialog.getByText('Choose today or a later date: an open opportunity cannot close in the past.')).toBeVisible();
  expect(writes).toEqual([]);
});

test('a 200-character name wraps or is cut with a tooltip; no page gets wider than the window', async ({ page }) => {
  const { api } = await signInByApi(page);
  const name = `${'W'.repeat(200 - run.length)}${run}`;
  const account = await createAccount(api, { name, industry: 'I'.repeat(100) });
  const opp = await api.post('/api/v1/opportunities', {
    accountId: account.id,
    type: 'UPSELL',
    title: 'T'.repeat(200),
    amount: 1000,
    expectedCloseDate: '2031-06-30',
  });
  expect(opp.status(), await opp.text()).toBe(201);
  const { id: oppId } = (await opp.json()) as { id: string };

  await page.setViewportSize({ width: 1440, height: 900 });
  for (const path of [
    `/accounts/${account.id}`,
    `/accounts/${account.id}?tab=opportunities`,
    // The name is one 200-character word: the search finds it by its start (words match from their start).
    `/accounts?q=${name}`,
    `/opportunities/${oppId}`,
    '/opportunities',
    '/pipeline',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const widths = (await page.evaluate('({ page: document.documentElement.scrollWidth, window: window.innerWidth })')) as { page: number; window: number };
    expect(widths.page, `${path} is wider than the window`).toBeLessThanOrEqual(widths.window);
  }

  // In the list the name is cut, and the whole name shows on hover.
  await page.goto(`/accounts?q=${name}`);
  const link = page.getByRole('link', { name });
  await link.hover();
  await expect(page.getByRole('tooltip')).toHaveText(name);
});
