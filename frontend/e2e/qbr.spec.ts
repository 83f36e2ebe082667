import { expect, test } from '@playwright/test';
import { signInByApi, type SignedIn } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function createOwnerAndAccount(api: SignedIn['api']) {
  const owner = await api.post('/api/v1/users', { name: `QBR Owner ${run}`, email: `qbr-owner-${run}@e2e.example`, role: 'ACCOUNT_MANAGER', active: true });
  expect(owner.status(), await owner.text()).toBe(201);
  const { id: ownerId } = (await owner.json()) as { id: string };
  const account = await api.post('/api/v1/accounts', { name: `Contoso ${run}`, ownerId, tier: 'KEY', lifecycle: 'ACTIVE', arr: 250000 });
  expect(account.status(), await account.text()).toBe(201);
  return (await account.json()) as { id: string; name: string };
}

/** YYYY-MM-DD, `days` from today (UTC, as the server counts). */
function isoDaysFromToday(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('a failing QBR: schedule, send the link, the customer answers, the account is flagged, a realistic follow-up', async ({ page, browser }) => {
  const { api } = await signInByApi(page);
  const account = await createOwnerAndAccount(api);

  // Schedule a QBR on the account page's QBR tab.
  await page.goto(`/accounts/${account.id}`);
  await expect(page.getByRole('heading', { name: account.name, level: 2 })).toBeVisible();
  await page.getByRole('tab', { name: 'QBRs' }).click();
  await expect(page.getByText('No answered QBR yet')).toBeVisible();
  await page.getByRole('button', { name: 'Schedule QBR' }).click();
  const schedule = page.getByRole('dialog', { name: `Schedule a QBR for ${account.name}` });
  await expect(schedule.getByRole('textbox', { name: 'Survey template' })).toHaveValue(/default/);
  await schedule.getByRole('textbox', { name: 'Respondent name' }).fill('Jordan Lee');
  await schedule.getByRole('textbox', { name: 'Respondent email' }).fill(`jordan-${run}@contoso.example`);
  await schedule.getByRole('button', { name: 'Schedule QBR' }).click();
  await expect(schedule).toBeHidden();

  const rounds = page.getByRole('table', { name: 'QBR rounds' });
  const round = rounds.getByRole('row', { name: /Jordan Lee/ });
  await expect(round).toContainText('Scheduled');

  // Send it and read the link (shown once).
  await round.getByRole('button', { name: 'Send link' }).click();
  const invite = page.getByRole('dialog', { name: 'Send the survey link' });
  await invite.getByRole('button', { name: 'Create link' }).click();
  const linkDialog = page.getByRole('dialog', { name: 'Survey link' });
  await expect(linkDialog.getByText('it is shown only once')).toBeVisible();
  const linkBox = linkDialog.getByRole('textbox', { name: 'Survey link' });
  await expect(linkBox).toHaveValue(/\/survey\/[A-Za-z0-9_-]{20,}$/);
  const url = await linkBox.inputValue();
  await expect(linkDialog.getByRole('button', { name: 'Copy link' }).first()).toBeVisible();
  await linkDialog.getByRole('button', { name: 'Done' }).click();
  await expect(round).toContainText('Sent');

  // The customer opens the link in a fresh browser: no session, no app shell.
  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  await customer.goto(url);
  await expect(customer.getByRole('heading', { name: `How are we doing, ${account.name}?` })).toBeVisible();
  await expect(customer.getByRole('navigation')).toHaveCount(0);

  const q1 = customer.getByRole('region', { name: 'Question 1' });
  const q2 = customer.getByRole('region', { name: 'Question 2' });
  const q3 = customer.getByRole('region', { name: 'Question 3' });
  const q4 = customer.getByRole('region', { name: 'Question 4' });
  await expect(q1).toContainText('strategic suggestions');

  // Sending without answers is refused with messages next to the questions.
  await customer.getByRole('button', { name: 'Send my answers' }).click();
  await expect(q1.getByText('Choose a grade from A+ to F.')).toBeVisible();

  // C on strategic suggestions: "why?" appears at once and is required.
  await q1.getByText('C', { exact: true }).click();
  const why1 = q1.getByRole('textbox', { name: /Why C\?/ });
  await expect(why1).toBeVisible();
  await why1.fill('No roadmap ideas from you this year; we found the cost savings ourselves.');

  // Keyboard: the grade scale is one radio group, arrow keys move the choice.
  await q2.getByText('B+', { exact: true }).click();
  await customer.keyboard.press('ArrowRight');
  await expect(q2.getByRole('radio', { name: 'B', exact: true })).toBeChecked();
  await expect(q2.getByRole('textbox')).toHaveCount(0);

  await q3.getByText('B', { exact: true }).click();
  await q4.getByText('F', { exact: true }).click();
  await customer.getByRole('button', { name: 'Send my answers' }).click();
  await expect(q4.getByText(/a grade below B needs a reason/)).toBeVisible();
  await q4.getByRole('textbox', { name: /Why F\?/ }).fill('You never visited our plants.');

  await customer.getByRole('region', { name: 'Question 5' }).getByText('6', { exact: true }).click();
  await customer.getByRole('region', { name: 'Question 6' }).getByRole('textbox').fill('Bring ideas, not just invoices.');
  await customer.getByRole('button', { name: 'Send my answers' }).click();
  await expect(customer.getByRole('heading', { name: 'Thank you!' })).toBeVisible();

  // The same link cannot be used twice.
  await customer.reload();
  await expect(customer.getByRole('heading', { name: 'This survey has already been answered' })).toBeVisible();
  await customerContext.close();

  // Back at the account: flagged failing, with the failing questions and their reasons.
  await page.reload();
  await expect(page.getByRole('tab', { name: 'QBRs', selected: true })).toBeVisible();
  const result = page.getByRole('region', { name: 'Latest result' });
  await expect(result.getByLabel('Grade C, failing').first()).toBeVisible();
  await expect(result.getByText('Failing', { exact: true })).toBeVisible();
  const failing = result.getByRole('region', { name: 'Failing: anything below a B is really an F' });
  await expect(failing).toContainText('strategic suggestions');
  await expect(failing).toContainText('No roadmap ideas from you this year');
  await expect(failing).toContainText('You never visited our plants.');

  // A realistic follow-up: only the targets 1 to 3 steps above today's C are offered; B- three weeks from today.
  const followUp = result.getByRole('form', { name: 'Follow-up' });
  const targetGrade = followUp.getByRole('textbox', { name: 'Target grade' });
  await targetGrade.click();
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText(['B', 'B-', 'C+']);
  await page.getByRole('option', { name: 'B-', exact: true }).click();
  await expect(targetGrade).toHaveValue('B-');
  // A date too soon for the next call is refused in the form, before anything is sent.
  await followUp.getByRole('textbox', { name: 'Next call' }).fill(isoDaysFromToday(3));
  await followUp.getByRole('textbox', { name: 'Next call' }).press('Escape');
  await followUp.getByRole('button', { name: 'Save follow-up' }).click();
  await expect(followUp.getByText(/^The next call must be 14 to 120 days away\. Choose a date from/)).toBeVisible();
  await followUp.getByRole('textbox', { name: 'Next call' }).clear();
  const targetDate = isoDaysFromToday(21);
  await followUp.getByRole('textbox', { name: 'Next call' }).fill(targetDate);
  await followUp.getByRole('textbox', { name: 'Next call' }).press('Escape');
  await followUp.getByRole('textbox', { name: 'Action 1' }).fill('Quarterly roadmap workshop with their CFO');
  await followUp.getByRole('button', { name: 'Save follow-up' }).click();
  const saved = result.getByLabel('Saved follow-up');
  await expect(saved).toBeVisible();
  await expect(saved.getByLabel('Grade B-, failing')).toBeVisible();
  await expect(saved).toContainText('Quarterly roadmap workshop with their CFO');
  await expect(result.getByText('Follow-up open')).toBeVisible();

  // Editing it offers the same realistic targets only: A+ is not among them.
  await result.getByRole('button', { name: 'Edit follow-up' }).click();
  const edit = result.getByRole('form', { name: 'Follow-up' });
  await edit.getByRole('textbox', { name: 'Target grade' }).click();
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText(['B', 'B-', 'C+']);
  await page.keyboard.press('Escape');
  await edit.getByRole('button', { name: 'Cancel' }).click();

  // The QBR list shows the round failing.
  await page.getByRole('link', { name: 'QBRs' }).click();
  await expect(page.getByRole('heading', { name: 'QBRs', level: 2 })).toBeVisible();
  const listRow = page.getByRole('table', { name: 'QBRs' }).getByRole('row', { name: new RegExp(account.name) });
  await expect(listRow.getByLabel('Grade C, failing')).toBeVisible();
  await expect(listRow).toContainText('Follow-up open');
});
