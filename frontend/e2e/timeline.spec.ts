import { expect, test, type Page } from '@playwright/test';
import { signInByApi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.use({ viewport: { width: 1440, height: 1000 } });

/** E2E_SHOTS=dir keeps screenshots of the screens for a visual check. */
async function shot(page: Page, name: string) {
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png`, fullPage: true });
}

test('a call logged with two contacts shows on the timeline and in both contacts’ last touch', async ({ page }) => {
  test.setTimeout(120_000);
  const { api } = await signInByApi(page);
  const accountRes = await api.post('/api/v1/accounts', { name: `Globex ${run}`, tier: 'KEY', lifecycle: 'ACTIVE' });
  expect(accountRes.status(), await accountRes.text()).toBe(201);
  const account = (await accountRes.json()) as { id: string; name: string };
  const people = [`Dana Scully ${run}`, `Fox Mulder ${run}`, `Walter Skinner ${run}`];
  for (const name of people) {
    const res = await api.post(`/api/v1/accounts/${account.id}/contacts`, { name });
    expect(res.status(), await res.text()).toBe(201);
  }

  await page.goto(`/accounts/${account.id}?tab=timeline`);
  await expect(page.getByRole('heading', { name: account.name, level: 2 })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  // The account's creation is already there: its tier.
  await expect(timeline.getByTestId('timeline-entry').filter({ hasText: 'Tier set to KEY' })).toBeVisible();

  await timeline.getByRole('button', { name: 'Log activity' }).click();
  const dialog = page.getByRole('dialog', { name: `Log an activity at ${account.name}` });
  await expect(dialog).toBeVisible();
  // A call is the default type and now the default time.
  await expect(dialog.getByRole('textbox', { name: 'Type' })).toHaveValue('Call');
  await expect(dialog.getByLabel('When')).not.toHaveValue('');
  const contacts = dialog.getByRole('textbox', { name: 'Contacts' });
  for (const name of people.slice(0, 2)) {
    await contacts.click();
    await page.getByRole('option', { name }).click();
  }
  await dialog.getByRole('textbox', { name: 'Summary' }).fill(`Renewal call ${run}`);
  await dialog.getByRole('textbox', { name: 'Notes' }).fill('Agreed to **review pricing**.\n<b>not bold</b>');
  await shot(page, 'timeline-log-activity');
  await dialog.getByRole('button', { name: 'Log activity' }).click();
  await expect(dialog).toBeHidden();

  const entry = timeline.getByTestId('timeline-entry').filter({ hasText: `Renewal call ${run}` });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(`With ${people[0]}, ${people[1]}`);
  // The notes are shown as the text they are, never as HTML.
  await expect(entry).toContainText('<b>not bold</b>');
  await expect(entry.locator('b')).toHaveCount(0);
  await shot(page, 'timeline');
  // Only activities, by the kind chips.
  await timeline.getByText('Activities', { exact: true }).click();
  await expect(page).toHaveURL(/timeline\.kind=ACTIVITY/);
  await expect(timeline.getByTestId('timeline-entry')).toHaveCount(1);

  await page.getByRole('tab', { name: 'People' }).click();
  const table = page.getByRole('table', { name: `Contacts of ${account.name}` });
  for (const name of people.slice(0, 2)) {
    await expect(table.getByRole('row', { name: new RegExp(name) }).getByTestId('last-touch')).not.toHaveText('—');
  }
  await expect(table.getByRole('row', { name: new RegExp(people[2]) }).getByTestId('last-touch')).toHaveText('—');
  await shot(page, 'timeline-people-last-touch');
  // The account's own last touch, on the Overview tab.
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByText('Last touch', { exact: true })).toBeVisible();
  await expect(page.getByText('None logged')).toHaveCount(0);
});
