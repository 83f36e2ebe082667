import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInByApi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.use({ viewport: { width: 1440, height: 1000 } });

/** E2E_SHOTS=dir keeps screenshots of the screens for a visual check. */
async function shot(page: Page, name: string) {
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png`, fullPage: true });
}

/** Picks an option of a Mantine Select by typing part of its label. */
async function pick(page: Page, field: Locator, option: string | RegExp) {
  await field.click();
  await page.getByRole('option', { name: option }).click();
}

async function addUnit(page: Page, name: string) {
  await page.getByRole('button', { name: 'New business unit' }).click();
  const dialog = page.getByRole('dialog', { name: 'New business unit' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByText('High', { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: 'High' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Add unit' }).click();
  await expect(dialog).toBeHidden();
}

interface NewContact {
  name: string;
  email: string;
  unit: string;
  role: string;
  reportsTo?: string;
}

async function openNewContact(page: Page) {
  await page.getByRole('button', { name: 'New contact' }).click();
  const dialog = page.getByRole('dialog', { name: /^New contact at / });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function fillContact(page: Page, dialog: Locator, c: NewContact) {
  await dialog.getByRole('textbox', { name: 'Name' }).fill(c.name);
  await dialog.getByRole('textbox', { name: 'Email' }).fill(c.email);
  await pick(page, dialog.getByRole('textbox', { name: 'Business unit' }), c.unit);
  await pick(page, dialog.getByRole('textbox', { name: 'Buying role' }), c.role);
  await pick(page, dialog.getByRole('textbox', { name: 'Stance' }), 'Ally');
  await dialog.getByRole('textbox', { name: 'Influence' }).fill('5');
  if (c.reportsTo) await pick(page, dialog.getByRole('textbox', { name: 'Reports to' }), c.reportsTo);
}

test('two decision makers in two business units take a strategic account out of single-threaded', async ({ page }) => {
  // Many dialogs and a graph on a shared two-core machine.
  test.setTimeout(180_000);
  const { api } = await signInByApi(page);
  const ownerRes = await api.post('/api/v1/users', { name: `People Owner ${run}`, email: `people-${run}@e2e.example`, role: 'ACCOUNT_MANAGER', active: true });
  expect(ownerRes.status(), await ownerRes.text()).toBe(201);
  const owner = (await ownerRes.json()) as { id: string };
  const accountRes = await api.post('/api/v1/accounts', { name: `Initech ${run}`, ownerId: owner.id, tier: 'STRATEGIC', lifecycle: 'ACTIVE', arr: 900000 });
  expect(accountRes.status(), await accountRes.text()).toBe(201);
  const account = (await accountRes.json()) as { id: string; name: string; singleThreaded: boolean };
  expect(account.singleThreaded).toBe(true);

  await page.goto(`/accounts/${account.id}?tab=people`);
  await expect(page.getByRole('heading', { name: account.name, level: 2 })).toBeVisible();
  const warning = page.getByRole('status').filter({ hasText: 'Single-threaded' });
  await expect(warning).toContainText('No contact has a decision role');
  await expect(warning).toContainText('No business unit has a current contact');
  await expect(page.getByText('Nobody to map yet')).toBeVisible();

  const finance = `Finance ${run}`;
  const operations = `Operations ${run}`;
  await addUnit(page, finance);
  await addUnit(page, operations);
  const units = page.getByRole('table', { name: `Business units of ${account.name}` });
  await expect(units.getByRole('row', { name: new RegExp(finance) })).toContainText('Never spoken to');
  await expect(units.getByRole('row', { name: new RegExp(operations) })).toContainText('Never spoken to');

  // Bad input is explained at its field and nothing is sent.
  const first = { name: `Grace Hopper ${run}`, email: `grace-${run}@initech.example`, unit: finance, role: 'Economic buyer' };
  let dialog = await openNewContact(page);
  await fillContact(page, dialog, first);
  await dialog.getByRole('textbox', { name: 'Influence' }).fill('9');
  await dialog.getByRole('textbox', { name: 'Email' }).fill('grace at initech');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Influence' })).toHaveAccessibleDescription(/Enter a whole number from 1 to 5\./);
  await expect(dialog.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(/Enter an email address like/);
  await shot(page, 'people-contact-errors');
  await dialog.getByRole('textbox', { name: 'Influence' }).fill('5');
  await dialog.getByRole('textbox', { name: 'Email' }).fill(first.email);
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog).toBeHidden();

  // One decision maker in one unit: a strategic account needs two of each.
  await expect(warning).toContainText('Only 1 contact has a decision role');
  await expect(warning).toContainText('Only 1 business unit has a current contact');
  await expect(units.getByRole('row', { name: new RegExp(finance) })).toContainText('1 contact · 1 decision role');

  // The same email at the same account is refused at the email field, with the way to the contact who has it.
  dialog = await openNewContact(page);
  const second = { name: `Alan Turing ${run}`, email: first.email.toUpperCase(), unit: operations, role: 'Decision maker', reportsTo: first.name };
  await fillContact(page, dialog, second);
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  const email = dialog.getByRole('textbox', { name: 'Email' });
  await expect(dialog.getByRole('link', { name: 'Open the existing contact' })).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'people-duplicate-email');
  await email.fill(`alan-${run}@initech.example`);
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog).toBeHidden();

  // Two decision makers in two units: no longer single-threaded.
  await expect(units.getByRole('row', { name: new RegExp(operations) })).toContainText('1 contact · 1 decision role');
  await expect(warning).toBeHidden();
  await expect(page.getByRole('tab', { name: /People/ })).not.toContainText('!');

  // The map draws both, the second under the first; the list view says the same for keyboard and screen reader.
  const map = page.getByRole('application', { name: 'Stakeholder map' });
  await expect(map.getByRole('group', { name: new RegExp(`^${first.name}\\. Economic buyer, ally, influence 5 of 5\\.`) })).toBeVisible();
  await expect(
    map.getByRole('group', { name: new RegExp(`^${second.name}\\. Decision maker, ally, influence 5 of 5\\. Reports to ${first.name}\\.`) }),
  ).toBeVisible();
  await shot(page, 'people-tab');
  await page.getByRole('region', { name: 'Stakeholder map' }).getByText('List', { exact: true }).click();
  await expect(page.getByRole('list', { name: `Reports to ${first.name}` }).getByRole('link', { name: second.name })).toBeVisible();

  // The contact table pages and filters in the URL under its own prefix.
  const contacts = page.getByRole('table', { name: `Contacts of ${account.name}` });
  await expect(contacts.getByRole('row')).toHaveCount(3);
  await pick(page, page.getByRole('textbox', { name: 'Buying role' }), 'Decision maker');
  await expect(page).toHaveURL(/people\.buyingRole=DECISION_MAKER/);
  await expect(contacts.getByRole('row')).toHaveCount(2);
  await expect(contacts).toContainText(second.name);

  // The list of accounts no longer marks it.
  await page.goto(`/accounts?singleThreaded=true&q=${encodeURIComponent(account.name)}`);
  await expect(page.getByText('No account matches these filters')).toBeVisible();
});
