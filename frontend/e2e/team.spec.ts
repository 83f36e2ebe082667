import { expect, test } from '@playwright/test';
import { signInByApi, type SignedIn } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = 'team-e2e-password-123';

async function createUser(api: SignedIn['api'], name: string, role: string) {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@e2e.example`;
  const res = await api.post('/api/v1/users', { name, email, role, active: true, password: PASSWORD });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  return { id, name, email };
}

test('a manager adds an account manager to the team, who then records a QBR on the account they do not own', async ({ page, browser }) => {
  const admin = await signInByApi(page);
  const owner = await createUser(admin.api, `Team Owner ${run}`, 'ACCOUNT_MANAGER');
  const member = await createUser(admin.api, `Team Member ${run}`, 'ACCOUNT_MANAGER');
  const manager = await createUser(admin.api, `Team Lead ${run}`, 'MANAGER');
  const created = await admin.api.post('/api/v1/accounts', { name: `Tailspin ${run}`, ownerId: owner.id, tier: 'KEY', lifecycle: 'ACTIVE', arr: 180000 });
  expect(created.status(), await created.text()).toBe(201);
  const account = (await created.json()) as { id: string; name: string };

  // The manager adds the account manager to the team on the account page.
  const managerContext = await browser.newContext();
  const managerPage = await managerContext.newPage();
  await signInByApi(managerPage, { email: manager.email, password: PASSWORD });
  await managerPage.goto(`/accounts/${account.id}`);
  await expect(managerPage.getByRole('heading', { name: account.name, level: 2 })).toBeVisible();
  const card = managerPage.getByRole('region', { name: 'Team' });
  await expect(card.getByRole('row', { name: new RegExp(owner.name) })).toContainText('Owner');
  await card.getByRole('button', { name: 'Edit team' }).click();
  const editor = managerPage.getByRole('dialog', { name: `Team of ${account.name}` });
  await editor.getByRole('button', { name: 'Add member' }).click();
  const row = editor.getByRole('group', { name: 'Member 1' });
  // Saving an incomplete row is refused at its fields, before anything is sent.
  await editor.getByRole('button', { name: 'Save team' }).click();
  await expect(row.getByText('Choose a person.')).toBeVisible();
  await row.getByRole('textbox', { name: 'Person' }).fill(member.name);
  await managerPage.getByRole('option', { name: member.name }).click();
  await row.getByRole('textbox', { name: 'Team role' }).click();
  await managerPage.getByRole('option', { name: 'Customer success' }).click();
  await row.getByRole('textbox', { name: 'Allocation (%)' }).fill('40');
  await editor.getByRole('button', { name: 'Save team' }).click();
  await expect(editor).toBeHidden();
  const memberRow = card.getByRole('row', { name: new RegExp(member.name) });
  await expect(memberRow).toContainText('Customer success');
  await expect(memberRow).toContainText('40 %');
  await expect(memberRow).toContainText('On the team');
  await managerContext.close();

  // The member, who does not own the account, signs in: they may not change the account or its team…
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signInByApi(memberPage, { email: member.email, password: PASSWORD });
  await memberPage.goto(`/accounts/${account.id}`);
  await expect(memberPage.getByRole('heading', { name: account.name, level: 2 })).toBeVisible();
  await expect(memberPage.getByRole('region', { name: 'Team' }).getByRole('row', { name: new RegExp(member.name) })).toBeVisible();
  await expect(memberPage.getByRole('button', { name: 'Edit team' })).toHaveCount(0);
  await expect(memberPage.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);

  // …but they schedule the QBR and record the answers from the call.
  await memberPage.getByRole('tab', { name: 'QBRs' }).click();
  await memberPage.getByRole('button', { name: 'Schedule QBR' }).click();
  const schedule = memberPage.getByRole('dialog', { name: `Schedule a QBR for ${account.name}` });
  await schedule.getByRole('textbox', { name: 'Respondent name' }).fill('Morgan Reyes');
  await schedule.getByRole('textbox', { name: 'Respondent email' }).fill(`morgan-${run}@tailspin.example`);
  await schedule.getByRole('button', { name: 'Schedule QBR' }).click();
  await expect(schedule).toBeHidden();
  const round = memberPage.getByRole('table', { name: 'QBR rounds' }).getByRole('row', { name: /Morgan Reyes/ });
  await expect(round).toContainText('Scheduled');
  await round.getByRole('button', { name: 'Record answers' }).click();
  const record = memberPage.getByRole('dialog', { name: 'Record answers from a call' });
  for (const n of [1, 2, 3, 4]) {
    await record
      .getByRole('region', { name: `Question ${n}` })
      .getByRole('textbox')
      .first()
      .click();
    await memberPage.getByRole('option', { name: 'A', exact: true }).click();
  }
  await record.getByRole('region', { name: 'Question 5' }).getByRole('textbox').click();
  await memberPage.getByRole('option', { name: '9', exact: true }).click();
  await record.getByRole('button', { name: 'Save answers' }).click();
  await expect(record).toBeHidden();
  await expect(round).toContainText('Answered');
  await expect(
    memberPage
      .getByRole('region', { name: 'Latest result' })
      .getByLabel(/^Grade A/)
      .first(),
  ).toBeVisible();
  await memberContext.close();
});
