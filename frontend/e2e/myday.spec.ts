import { expect, test } from '@playwright/test';
import { signInByApi, signInThroughUi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = `my-day-password-${run}`;
// The default survey template's grade questions and its NPS and text questions (seeded by the migrations).
const GRADE_QUESTIONS = ['101', '102', '103', '104'].map((n) => `00000000-0000-4000-8000-000000000${n}`);
const NPS_QUESTION = '00000000-0000-4000-8000-000000000105';
const TEXT_QUESTION = '00000000-0000-4000-8000-000000000106';

/** YYYY-MM-DD, `days` from today (UTC, as the server counts). */
function isoDaysFromToday(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('a failing QBR’s follow-up becomes tasks on My day; one completed there shows done on the follow-up', async ({ page, browser }) => {
  // Set-up through the API, as the admin: an account manager who owns a KEY account whose QBR was answered failing
  // (overall C+) on a call, with a follow-up of two actions three weeks out.
  const { api } = await signInByApi(page);
  const email = `my-day-${run}@e2e.example`;
  const ownerRes = await api.post('/api/v1/users', { name: `Day Owner ${run}`, email, role: 'ACCOUNT_MANAGER', active: true, password: PASSWORD });
  expect(ownerRes.status(), await ownerRes.text()).toBe(201);
  const owner = (await ownerRes.json()) as { id: string };
  const accountRes = await api.post('/api/v1/accounts', { name: `Fabrikam ${run}`, ownerId: owner.id, tier: 'KEY', lifecycle: 'ACTIVE' });
  expect(accountRes.status(), await accountRes.text()).toBe(201);
  const account = (await accountRes.json()) as { id: string; name: string };
  const qbrRes = await api.post(`/api/v1/accounts/${account.id}/qbrs`, {
    scheduledFor: isoDaysFromToday(0),
    respondentName: 'Jordan Lee',
    respondentEmail: `jordan-${run}@fabrikam.example`,
  });
  expect(qbrRes.status(), await qbrRes.text()).toBe(201);
  const qbr = (await qbrRes.json()) as { id: string };
  const grades = ['C', 'C', 'B', 'C'];
  const answered = await api.post(`/api/v1/qbrs/${qbr.id}/responses`, {
    answers: [
      ...GRADE_QUESTIONS.map((questionId, i) => ({ questionId, grade: grades[i], why: `Because ${grades[i]}` })),
      { questionId: NPS_QUESTION, score: 6 },
      { questionId: TEXT_QUESTION, text: 'Bring ideas.' },
    ],
  });
  expect(answered.status(), await answered.text()).toBe(201);
  const followUp = await api.put(`/api/v1/qbrs/${qbr.id}/follow-up`, {
    targetGrade: 'B-',
    targetDate: isoDaysFromToday(21),
    actions: [`Send the roadmap draft ${run}`, `Workshop with their CFO ${run}`],
  });
  expect(followUp.status(), await followUp.text()).toBe(200);

  // The account manager signs in and lands on My day: the first action is due today, the second later.
  const context = await browser.newContext();
  const am = await context.newPage();
  await am.goto('/');
  await signInThroughUi(am, { email, password: PASSWORD });
  await expect(am).toHaveURL(/\/my-day$/);
  await expect(am.getByRole('heading', { name: 'My day', level: 2 })).toBeVisible();
  const due = am.getByRole('region', { name: 'Tasks due' });
  await expect(due).toContainText(`Send the roadmap draft ${run}`);
  await expect(due).toContainText(account.name);
  await expect(due).not.toContainText(`Workshop with their CFO ${run}`);
  await expect(am.getByRole('region', { name: 'Single-threaded accounts' })).toContainText(account.name);

  // One click completes it; it leaves the list.
  await due.getByRole('checkbox', { name: `Mark Send the roadmap draft ${run} done` }).click();
  await expect(due).not.toContainText(`Send the roadmap draft ${run}`);

  // On the account's QBR tab, the follow-up shows its tasks with their done state.
  await am.goto(`/accounts/${account.id}?tab=qbrs`);
  const saved = am.getByRole('region', { name: 'Latest result' }).getByRole('group', { name: 'Follow-up tasks' });
  await expect(saved).toContainText('1 of 2 done');
  await expect(saved.getByRole('checkbox', { name: `Reopen Send the roadmap draft ${run}` })).toBeChecked();
  await expect(saved.getByRole('checkbox', { name: `Mark Workshop with their CFO ${run} done` })).not.toBeChecked();
  await context.close();
});
