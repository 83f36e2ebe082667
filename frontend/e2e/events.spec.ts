import { expect, test } from '@playwright/test';
import { signInByApi, type SignedIn } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = 'events-e2e-password-1';

/** YYYY-MM-DD, `days` from today (UTC, as the server counts). */
function dateInDays(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An account manager with a password and a KEY account they own, made by the admin. */
async function ownerWithAccount(admin: SignedIn['api'], label: string) {
  const email = `events-${label}-${run}@e2e.example`;
  const user = await admin.post('/api/v1/users', { name: `Events ${label} ${run}`, email, role: 'ACCOUNT_MANAGER', password: PASSWORD });
  expect(user.status(), await user.text()).toBe(201);
  const { id: ownerId } = (await user.json()) as { id: string };
  const account = await admin.post('/api/v1/accounts', { name: `Northwind ${label} ${run}`, ownerId, tier: 'KEY', arr: 100000 });
  expect(account.status(), await account.text()).toBe(201);
  return { email, account: (await account.json()) as { id: string; name: string } };
}

test('record a compelling event, create an opportunity from it, and follow the link both ways', async ({ page, browser }) => {
  const admin = await browser.newContext();
  const { api } = await signInByApi(await admin.newPage());
  const { email, account } = await ownerWithAccount(api, 'link');
  await admin.close();
  await signInByApi(page, { email, password: PASSWORD });

  // Record the event on the account's Events tab.
  await page.goto(`/accounts/${account.id}`);
  await expect(page.getByRole('heading', { name: account.name, level: 2 })).toBeVisible();
  await page.getByRole('tab', { name: 'Events' }).click();
  await expect(page.getByText('Nothing to review')).toBeVisible();
  await page.getByRole('button', { name: 'Record event' }).click();
  const form = page.getByRole('dialog', { name: `Record an event at ${account.name}` });
  await form.getByRole('textbox', { name: 'What happened' }).click();
  await page.getByRole('option', { name: 'Funding round' }).click();
  await form.getByRole('textbox', { name: 'When' }).fill(dateInDays(-3));
  await form.getByRole('textbox', { name: 'When' }).blur();
  await form.getByRole('textbox', { name: 'Details' }).fill('Series C of $80M to expand into Europe');
  await form.getByRole('button', { name: 'Record event' }).click();
  await expect(form).toBeHidden();
  const events = page.getByRole('table', { name: `Compelling events of ${account.name}` });
  const row = events.getByRole('row', { name: /Funding round/ });
  await expect(row).toContainText('To review');
  await expect(row).toContainText('Series C of $80M');

  // Create the opportunity from it: the form shows the event, which it cannot change.
  await row.getByRole('button', { name: 'Create opportunity' }).click();
  const dialog = page.getByRole('dialog', { name: `New opportunity with ${account.name}` });
  await expect(dialog.getByRole('textbox', { name: 'Event' })).toHaveValue('Funding round');
  await expect(dialog.getByRole('textbox', { name: 'Event' })).toBeDisabled();
  const title = `Analytics for the EU rollout ${run}`;
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Amount' }).fill('48000');
  await dialog.getByRole('textbox', { name: 'Expected close date' }).fill(dateInDays(60));
  await dialog.getByRole('textbox', { name: 'Expected close date' }).blur();
  await dialog.getByRole('button', { name: 'Create opportunity' }).click();
  await expect(dialog).toBeHidden();

  // The opportunity names the event and links to it...
  await expect(page).toHaveURL(/\/opportunities\/[0-9a-f-]{36}$/);
  const opportunityUrl = page.url();
  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  await expect(page.getByLabel('Compelling event: Funding round').first()).toBeVisible();
  await page.getByRole('link', { name: `See the event on ${account.name}’s Events tab` }).click();

  // ...and the event, no longer to review, links back to the opportunity.
  await expect(page.getByRole('tab', { name: 'Events', selected: true })).toBeVisible();
  await expect(page.getByText('Nothing to review')).toBeVisible();
  // The view switch (a segmented control: its radios are hidden behind their labels).
  await page.getByText('All', { exact: true }).click();
  await expect(page).toHaveURL(/events\.show=all/);
  const done = page.getByRole('table', { name: `Compelling events of ${account.name}` }).getByRole('row', { name: /Funding round/ });
  await expect(done).toContainText('Opportunity created');
  await done.getByRole('link', { name: 'Open the opportunity' }).click();
  await expect(page).toHaveURL(opportunityUrl);
  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
});

test('the bell shows a notification when a customer answers a survey, and marks it read', async ({ page, browser }) => {
  const adminContext = await browser.newContext();
  const { api } = await signInByApi(await adminContext.newPage());
  const { email, account } = await ownerWithAccount(api, 'bell');
  await signInByApi(page, { email, password: PASSWORD });
  await page.goto('/');
  const bell = page.getByRole('button', { name: /^Notifications, / });
  await expect(bell).toHaveAccessibleName('Notifications, none unread');

  // The customer answers a QBR of the owner's account through its link.
  const qbr = await api.post(`/api/v1/accounts/${account.id}/qbrs`, {
    scheduledFor: dateInDays(1),
    respondentName: 'Jordan Lee',
    respondentEmail: `jordan-${run}@northwind.example`,
  });
  expect(qbr.status(), await qbr.text()).toBe(201);
  const { id: qbrId } = (await qbr.json()) as { id: string };
  const invitation = await api.post(`/api/v1/qbrs/${qbrId}/invitation`, {});
  expect(invitation.status(), await invitation.text()).toBe(201);
  const token = ((await invitation.json()) as { url: string }).url.split('/').pop();
  const customer = await browser.newContext();
  const survey = await customer.request.get(`/api/v1/public/surveys/${token}`);
  const { questions } = (await survey.json()) as { questions: { id: string; kind: string }[] };
  const answers: { questionId: string; grade?: string; score?: number }[] = [];
  for (const q of questions) {
    if (q.kind === 'GRADE') answers.push({ questionId: q.id, grade: 'B+' });
    if (q.kind === 'NPS') answers.push({ questionId: q.id, score: 9 });
  }
  const answered = await customer.request.post(`/api/v1/public/surveys/${token}/responses`, { data: { answers } });
  expect(answered.status(), await answered.text()).toBe(201);
  await customer.close();
  await adminContext.close();

  // The bell asks again when the page becomes visible again (and every minute): one unread.
  await page.evaluate("window.dispatchEvent(new Event('visibilitychange'))");
  await expect(bell).toHaveAccessibleName('Notifications, 1 unread');
  await bell.click();
  const list = page.getByRole('dialog', { name: 'Notifications' });
  const item = list.getByRole('button', { name: `Unread: ${account.name} answered its QBR: overall grade B+.` });
  await expect(item).toBeVisible();
  await item.click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${account.id}\\?tab=qbrs$`));
  await expect(page.getByRole('tab', { name: 'QBRs', selected: true })).toBeVisible();
  await expect(bell).toHaveAccessibleName('Notifications, none unread');

  // Read ones stay in the list, no longer marked.
  await bell.click();
  await expect(list.getByRole('button', { name: `${account.name} answered its QBR: overall grade B+.`, exact: true })).toBeVisible();
  await expect(list.getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
});
