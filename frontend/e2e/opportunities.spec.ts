import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInByApi, type SignedIn } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// Wide enough for the six board columns side by side.
test.use({ viewport: { width: 1600, height: 1000 } });

async function createOwner(api: SignedIn['api']) {
  const res = await api.post('/api/v1/users', { name: `Pipeline Owner ${run}`, email: `pipeline-${run}@e2e.example`, role: 'ACCOUNT_MANAGER', active: true });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; name: string };
}

async function createAccount(api: SignedIn['api'], ownerId: string) {
  const res = await api.post('/api/v1/accounts', { name: `Globex ${run}`, arr: 200000, growthTargetPct: 10, ownerId, lifecycle: 'ACTIVE', tier: 'KEY' });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; name: string; growthBaselineArr: number };
}

/**
 * A real pointer drag: press on the card, move past the sensor's activation distance, glide to the
 * column in steps so dnd-kit sees the pointer over it, release.
 */
async function dragCard(page: Page, card: Locator, column: Locator) {
  await card.scrollIntoViewIfNeeded();
  const from = await card.boundingBox();
  const to = await column.boundingBox();
  if (!from || !to) throw new Error('card or column not visible');
  const x = from.x + from.width / 2;
  const y = from.y + from.height - 14;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 12, y + 4, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 20 });
  await page.mouse.up();
}

/** E2E_SHOTS=dir keeps screenshots of the screens for a visual check. */
async function shot(page: Page, name: string) {
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png`, fullPage: true });
}

function dateInDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d.toISOString().slice(0, 10);
}

test('an upsell born from a funding round moves across the board to WON and counts toward the growth target', async ({ page }) => {
  const { api } = await signInByApi(page);
  const owner = await createOwner(api);
  const account = await createAccount(api, owner.id);
  expect(account.growthBaselineArr).toBe(200000);
  const title = `Analytics add-on ${run}`;

  // The account’s growth panel starts at 0% of a €20,000 target (+10% on €200,000).
  await page.goto(`/accounts/${account.id}?tab=opportunities`);
  await expect(page.getByRole('heading', { name: account.name, level: 2 })).toBeVisible();
  await expect(page.getByTestId('attainment')).toContainText('0%');
  await expect(page.getByRole('progressbar', { name: 'Growth target attainment 0%' })).toHaveAttribute('aria-valuenow', '0');
  await expect(page.getByText('€20,000.00 on €200,000.00 ARR')).toBeVisible();

  // Create the upsell from the account page, with its compelling event.
  await page.getByRole('button', { name: 'New opportunity' }).click();
  const dialog = page.getByRole('dialog', { name: `New opportunity with ${account.name}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Account' })).toHaveValue(account.name);
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Amount' }).fill('5000');
  await dialog.getByRole('textbox', { name: 'Expected close date' }).fill(dateInDays(30));
  await dialog.getByRole('textbox', { name: 'Expected close date' }).blur();
  await dialog.getByRole('textbox', { name: 'Event' }).click();
  await page.getByRole('option', { name: 'Funding round' }).click();
  await dialog.getByRole('textbox', { name: 'Occurred on' }).fill(dateInDays(-7));
  await dialog.getByRole('textbox', { name: 'Occurred on' }).blur();
  await dialog.getByRole('textbox', { name: 'What happened' }).fill('Series C of $80M to expand into Europe');
  await shot(page, 'new-opportunity');
  await dialog.getByRole('button', { name: 'Create opportunity' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('table', { name: `Opportunities of ${account.name}` }).getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('Identified');
  await expect(row.getByLabel('Compelling event: Funding round')).toBeVisible();

  // On the board, filtered to this owner, the card sits in Identified.
  await page.goto(`/pipeline?ownerId=${owner.id}`);
  await expect(page.getByRole('heading', { name: 'Pipeline', level: 2 })).toBeVisible();
  const column = (stage: string) => page.getByTestId(`column-${stage}`);
  const card = (stage: string) => column(stage).getByRole('article', { name: title });
  await expect(card('IDENTIFIED')).toBeVisible();
  await expect(card('IDENTIFIED').getByLabel('Compelling event: Funding round')).toBeVisible();
  await expect(page.getByTestId('totals-IDENTIFIED')).toContainText('1 ·');

  // Drag to Negotiation: it moves, and the column totals follow.
  await dragCard(page, card('IDENTIFIED'), column('NEGOTIATION'));
  await expect(card('NEGOTIATION')).toBeVisible();
  await expect(card('IDENTIFIED')).toHaveCount(0);
  await expect(page.getByTestId('totals-NEGOTIATION')).toHaveAttribute('aria-label', /1 opportunities, €5,000\.00, weighted €3,750\.00/);

  // Drag to Won: a confirmation first.
  await dragCard(page, card('NEGOTIATION'), column('WON'));
  const won = page.getByRole('dialog', { name: 'Mark as won?' });
  await expect(won).toBeVisible();
  await shot(page, 'won-confirm');
  await won.getByRole('button', { name: 'Mark as won' }).click();
  await expect(won).toBeHidden();
  await expect(card('WON')).toBeVisible();
  await shot(page, 'board');
  await expect(card('NEGOTIATION')).toHaveCount(0);
  // A closed card has no drag handle.
  await expect(card('WON').getByRole('button', { name: `Move ${title}` })).toHaveCount(0);

  // The account’s attainment moved: €5,000 of €20,000.
  await page.goto(`/accounts/${account.id}?tab=opportunities`);
  await expect(page.getByTestId('attainment')).toContainText('25%');
  await expect(page.getByRole('progressbar', { name: 'Growth target attainment 25%' })).toHaveAttribute('aria-valuenow', '25');
  await expect(page.getByTestId('commission-status')).toBeVisible();
  await shot(page, 'account-growth');

  // The opportunity page shows the history and offers Reopen.
  await page.getByText('Closed', { exact: true }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Stage history' });
  await expect(history.getByRole('row')).toHaveCount(4);
  await expect(history.getByRole('row').nth(1)).toContainText('Won');
  await shot(page, 'opportunity');
});
