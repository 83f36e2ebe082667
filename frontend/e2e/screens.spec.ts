import { expect, test, type Page } from '@playwright/test';
import { signInByApi, type SignedIn } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// The screen size the board and the editor are judged at.
test.use({ viewport: { width: 1440, height: 900 } });

async function signInAsNewManager(page: Page): Promise<SignedIn> {
  const admin = await signInByApi(page);
  const credentials = { email: `manager-${run}@e2e.example`, password: 'manager-password-123' };
  const res = await admin.api.post('/api/v1/users', { name: `Template Manager ${run}`, ...credentials, role: 'MANAGER' });
  expect(res.status(), await res.text()).toBe(201);
  return signInByApi(page, credentials);
}

async function questionTexts(page: Page) {
  return page.getByRole('textbox', { name: /^Question \d+$/ }).evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
}

test('a manager builds a template with several kinds of question, reorders and saves it, then copies it once a QBR uses it', async ({ page }) => {
  const manager = await signInAsNewManager(page);
  await page.goto('/templates');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Survey templates' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'New template' }).click();

  // Bad input first: nothing is sent, every problem is named.
  await page.getByRole('button', { name: 'Create template' }).click();
  await expect(page.getByText('Give the template a name.')).toBeVisible();
  await expect(page.getByText('Write the text of question 1, or remove it.')).toBeVisible();

  const name = `Key accounts QBR ${run}`;
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByRole('textbox', { name: 'Question 1', exact: true }).fill('How would you rate our strategic advice?');
  await page.getByRole('button', { name: 'Add a text question' }).click();
  await page.getByRole('textbox', { name: 'Question 2', exact: true }).fill('What should we do differently?');
  await page.getByRole('button', { name: 'Add an NPS question' }).click();
  await expect(page.getByRole('button', { name: 'Add an NPS question' })).toBeDisabled();
  await page.getByRole('textbox', { name: 'Question 3', exact: true }).fill('How likely are you to recommend us (0 to 10)?');
  await page.getByRole('button', { name: 'Add a grade question' }).click();
  await page.getByRole('textbox', { name: 'Question 4', exact: true }).fill('How would you rate our responsiveness?');
  // The NPS question goes second, the extra grade question goes first.
  await page.getByRole('button', { name: 'Move question 3 up' }).click();
  await page.getByRole('button', { name: 'Move question 4 up' }).click();
  await page.getByRole('button', { name: 'Move question 3 up' }).click();
  await page.getByRole('button', { name: 'Move question 2 up' }).click();
  await page.getByRole('button', { name: 'Create template' }).click();

  await expect(page).toHaveURL(/\/templates\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Template created')).toBeVisible();
  // The new-template form may still be on screen for a moment after the address changed (a loaded CI run edited
  // it): edit only once the saved template's editor shows.
  await expect(page.getByRole('button', { name: 'Save template' })).toBeVisible();
  const id = page.url().split('/').pop()!;
  const saved = await (await manager.api.get(`/api/v1/survey-templates/${id}`)).json();
  expect(saved.questions.map((q: { kind: string; text: string }) => [q.kind, q.text])).toEqual([
    ['GRADE', 'How would you rate our responsiveness?'],
    ['GRADE', 'How would you rate our strategic advice?'],
    ['NPS', 'How likely are you to recommend us (0 to 10)?'],
    ['TEXT', 'What should we do differently?'],
  ]);

  // Edit it while no QBR uses it: remove the text question and save.
  await page.getByRole('button', { name: 'Remove question 4' }).click();
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Template saved')).toBeVisible();
  await expect.poll(async () => (await (await manager.api.get(`/api/v1/survey-templates/${id}`)).json()).questions.length).toBe(3);

  // A QBR uses it now: the template is read-only, says why, and offers a copy to change.
  const account = await manager.api.post('/api/v1/accounts', { name: `Templated ${run}`, arr: 1000 });
  expect(account.status(), await account.text()).toBe(201);
  const qbr = await manager.api.post(`/api/v1/accounts/${(await account.json()).id}/qbrs`, {
    scheduledFor: '2031-01-15',
    respondentName: 'Jordan Lee',
    respondentEmail: 'jordan@customer.example',
    templateId: id,
  });
  expect(qbr.status(), await qbr.text()).toBe(201);
  await page.goto('/templates');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('In use');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('status')).toContainText('A QBR already uses this template, so its questions can no longer change');
  await expect(page.getByRole('textbox', { name: 'Question 1', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: /^Copy to change it/ }).click();

  await expect(page.getByText('Template copied')).toBeVisible();
  await expect(page.getByRole('heading', { name: `Copy of ${name}` })).toBeVisible();
  expect(page.url()).not.toContain(id);
  expect(await questionTexts(page)).toEqual([
    'How would you rate our responsiveness?',
    'How would you rate our strategic advice?',
    'How likely are you to recommend us (0 to 10)?',
  ]);
  await page.getByRole('textbox', { name: 'Question 2', exact: true }).fill('How would you rate our advice on your growth?');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Template saved')).toBeVisible();
  const original = await (await manager.api.get(`/api/v1/survey-templates/${id}`)).json();
  expect(original.questions[1].text).toBe('How would you rate our strategic advice?');
});

test('the pipeline board shows every stage at 1440 px and a card’s full title on hover', async ({ page }) => {
  const admin = await signInByApi(page);
  const account = await admin.api.post('/api/v1/accounts', { name: `Board ${run}`, arr: 1000 });
  expect(account.status(), await account.text()).toBe(201);
  const title = `Expansion of the analytics platform into the European logistics division ${run} with a very long title`;
  const opp = await admin.api.post('/api/v1/opportunities', {
    accountId: (await account.json()).id,
    type: 'UPSELL',
    title,
    amount: 5000,
    expectedCloseDate: '2031-06-30',
  });
  expect(opp.status(), await opp.text()).toBe(201);
  await page.goto('/pipeline');
  const lost = page.getByTestId('column-LOST');
  await expect(lost).toBeVisible();
  const box = await lost.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(1440);
  await page.getByRole('link', { name: title }).hover();
  await expect(page.getByRole('tooltip')).toHaveText(title);
});
