import { expect, test } from '@playwright/test';
import { signInByApi } from './auth';
import { E2E_SMTP_PORT } from './env';
import { TestSmtpServer } from './smtp';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// The app sends its e-mail here (playwright.config.ts points STRATUM_SMTP_* at this port).
const smtp = new TestSmtpServer();
test.beforeAll(async () => {
  await smtp.listen(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await smtp.close();
});

/** YYYY-MM-DD, `days` from today (UTC, as the server counts). */
function isoDaysFromToday(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('the customer gets the survey link by e-mail, answers, and gets a thank-you quoting their reasons and the follow-up date', async ({ page, browser }) => {
  const { api } = await signInByApi(page);
  const company = `Fabrikam Services ${run}`;
  const respondent = `morgan-${run}@northwind.example`;

  // Settings → Company: the name that signs the e-mails.
  await page.goto('/settings/company');
  const name = page.getByRole('textbox', { name: 'Company name' });
  await expect(name).not.toHaveValue('');
  await name.fill(company);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect(page.getByText('Survey e-mails are sent from Stratum E2E <surveys@stratum.e2e>.')).toBeVisible();

  const owner = await api.post('/api/v1/users', { name: `Mail Owner ${run}`, email: `mail-owner-${run}@e2e.example`, role: 'ACCOUNT_MANAGER', active: true });
  expect(owner.status(), await owner.text()).toBe(201);
  const { id: ownerId } = (await owner.json()) as { id: string };
  const account = await api.post('/api/v1/accounts', { name: `Northwind ${run}`, ownerId, tier: 'STANDARD', lifecycle: 'ACTIVE' });
  expect(account.status(), await account.text()).toBe(201);
  const { id: accountId, name: accountName } = (await account.json()) as { id: string; name: string };
  const qbr = await api.post(`/api/v1/accounts/${accountId}/qbrs`, {
    scheduledFor: isoDaysFromToday(2),
    respondentName: 'Morgan Diaz',
    respondentEmail: respondent,
  });
  expect(qbr.status(), await qbr.text()).toBe(201);
  const { id: qbrId } = (await qbr.json()) as { id: string };

  // Sending the link e-mails it.
  await page.goto(`/accounts/${accountId}`);
  await page.getByRole('tab', { name: 'QBRs' }).click();
  const round = page.getByRole('table', { name: 'QBR rounds' }).getByRole('row', { name: /Morgan Diaz/ });
  await round.getByRole('button', { name: 'Send link' }).click();
  const invite = page.getByRole('dialog', { name: 'Send the survey link' });
  await expect(invite).toContainText('e-mails it, with reminders on day 5 and day 10');
  await invite.getByRole('button', { name: 'Create link' }).click();
  await page.getByRole('dialog', { name: 'Survey link' }).getByRole('button', { name: 'Done' }).click();

  await expect.poll(() => smtp.to(respondent).length, { timeout: 20_000 }).toBe(1);
  const invitation = smtp.to(respondent)[0]!;
  expect(invitation.from).toBe('surveys@stratum.e2e');
  expect(invitation.subject).toBe(`${company} would like your review for ${accountName}`);
  expect(invitation.body).toContain('Hello Morgan Diaz,');
  const link = /(https?:\/\/\S+\/survey\/[A-Za-z0-9_-]{20,})/.exec(invitation.body)?.[1];
  expect(link, invitation.body).toBeTruthy();

  // The QBR screen says the invitation went out, per recipient.
  await page.reload();
  const sent = round.getByRole('button', { name: 'Invitation e-mail: Sent. Show every e-mail of this QBR' });
  await expect(sent).toBeVisible();
  await sent.click();
  const emails = page.getByRole('table', { name: 'E-mails of this QBR' });
  await expect(emails.getByRole('row', { name: /Invitation/ })).toContainText(respondent);
  await expect(emails.getByRole('row', { name: /Reminder, day 5/ })).toContainText('Due');
  await page.keyboard.press('Escape');

  // The customer follows the e-mail's link and answers: one failing grade, with the reason.
  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  await customer.goto(link!);
  await expect(customer.getByRole('heading', { name: `How are we doing, ${accountName}?` })).toBeVisible();
  const reason = `Nobody called us back about the outage ${run}.`;
  await customer.getByRole('region', { name: 'Question 1' }).getByText('B', { exact: true }).click();
  const q2 = customer.getByRole('region', { name: 'Question 2' });
  await q2.getByText('D', { exact: true }).click();
  await q2.getByRole('textbox', { name: /Why D\?/ }).fill(reason);
  await customer.getByRole('region', { name: 'Question 3' }).getByText('C', { exact: true }).click();
  await customer
    .getByRole('region', { name: 'Question 3' })
    .getByRole('textbox', { name: /Why C\?/ })
    .fill('Two releases broke our exports.');
  await customer.getByRole('region', { name: 'Question 4' }).getByText('B', { exact: true }).click();
  await customer.getByRole('region', { name: 'Question 5' }).getByText('5', { exact: true }).click();
  await customer.getByRole('button', { name: 'Send my answers' }).click();
  await expect(customer.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await customerContext.close();

  // A failing QBR's thank-you waits for the follow-up, so that it can name its date.
  const followUpDate = isoDaysFromToday(30);
  const followUp = await api.put(`/api/v1/qbrs/${qbrId}/follow-up`, { targetGrade: 'B-', targetDate: followUpDate, actions: ['Weekly call with support'] });
  expect(followUp.status(), await followUp.text()).toBe(200);

  await expect.poll(() => smtp.to(respondent).length, { timeout: 20_000 }).toBe(2);
  const thanks = smtp.to(respondent)[1]!;
  expect(thanks.subject).toBe(`${company}: thank you — here is what we heard`);
  expect(thanks.body).toContain(`"${reason}"`);
  expect(thanks.body).toContain('"Two releases broke our exports."');
  const spelled = new Date(`${followUpDate}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  expect(thanks.body).toContain(`We have agreed to follow up by ${spelled}, aiming to earn at least B- from you by then.`);
  expect(thanks.body).toContain(`Thank you,\n${company}`);
});
