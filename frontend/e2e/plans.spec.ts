import { expect, test } from '@playwright/test';
import { signInByApi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = 'plans-e2e-password-1';

/** YYYY-MM-DD, `days` from today (UTC, as the server counts). */
function dateInDays(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('write a plan with two objectives, see one turn at risk, review it and print the shared objectives', async ({ page, browser }) => {
  const admin = await browser.newContext();
  const { api } = await signInByApi(await admin.newPage());
  const email = `plans-${run}@e2e.example`;
  const user = await api.post('/api/v1/users', { name: `Plan Owner ${run}`, email, role: 'ACCOUNT_MANAGER', password: PASSWORD });
  expect(user.status(), await user.text()).toBe(201);
  const { id: ownerId } = (await user.json()) as { id: string };
  const created = await api.post('/api/v1/accounts', { name: `Northwind ${run}`, ownerId, tier: 'KEY', arr: 50000 });
  expect(created.status(), await created.text()).toBe(201);
  const account = (await created.json()) as { id: string; name: string };
  await admin.close();
  await signInByApi(page, { email, password: PASSWORD });

  await page.goto(`/accounts/${account.id}`);
  await page.getByRole('tab', { name: 'Plan' }).click();
  await expect(page.getByText('No plan yet')).toBeVisible();
  await page.getByRole('button', { name: 'Write a plan' }).click();
  const planDialog = page.getByRole('dialog', { name: `Write a plan for ${account.name}` });
  await planDialog.getByRole('textbox', { name: 'From', exact: true }).fill(dateInDays(0));
  await planDialog.getByRole('textbox', { name: 'To', exact: true }).fill(dateInDays(180));
  await planDialog.getByRole('textbox', { name: 'To', exact: true }).blur();
  await planDialog.getByRole('textbox', { name: 'Customer goals', exact: true }).fill('Ship from **every** plant in one system.');
  await planDialog.getByRole('button', { name: 'Write plan' }).click();
  await expect(planDialog).toBeHidden();
  // Markdown is rendered (safely: as elements, never as HTML); the growth target is the first objective.
  await expect(page.locator('strong', { hasText: 'every' })).toBeVisible();
  await expect(page.getByText('Ship from **every** plant in one system.')).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Objective Grow ARR to the year\u2019s growth target' }).or(page.getByRole('region', { name: /Objective Grow ARR/ })),
  ).toBeVisible();

  async function addObjective(title: string, metric: string, baseline: string, target: string, shared: boolean) {
    await page.getByRole('button', { name: 'Add objective' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a SMART objective' });
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await dialog.getByRole('textbox', { name: 'Metric', exact: true }).fill(metric);
    await dialog.getByRole('textbox', { name: 'Baseline', exact: true }).fill(baseline);
    await dialog.getByRole('textbox', { name: 'Target', exact: true }).fill(target);
    await dialog.getByRole('textbox', { name: 'Due on', exact: true }).fill(dateInDays(120));
    await dialog.getByRole('textbox', { name: 'Due on', exact: true }).blur();
    if (shared) await dialog.getByRole('checkbox', { name: 'Shared with the customer (on the print)' }).check();
    await dialog.getByRole('button', { name: 'Add objective' }).click();
    await expect(dialog).toBeHidden();
  }

  // SMART: an objective without a measure is refused with sentences that say what to do.
  await page.getByRole('button', { name: 'Add objective' }).click();
  const vague = page.getByRole('dialog', { name: 'Add a SMART objective' });
  await vague.getByRole('textbox', { name: 'Title', exact: true }).fill('Be more strategic');
  await vague.getByRole('button', { name: 'Add objective' }).click();
  await expect(vague.getByText(/Name the metric the objective is measured by/)).toBeVisible();
  await expect(vague.getByText('Enter the due date by which the target is to be reached.')).toBeVisible();
  await vague.getByRole('button', { name: 'Cancel' }).click();

  await addObjective('Roll out to every plant', 'Plants live', '2', '12', true);
  await addObjective('Internal adoption', 'Active users', '100', '200', false);
  const rollout = page.getByRole('region', { name: 'Objective Roll out to every plant' });
  const adoption = page.getByRole('region', { name: 'Objective Internal adoption' });
  await expect(rollout.getByLabel('Status of Roll out to every plant')).toHaveText('On track');
  await expect(adoption.getByLabel('Status of Internal adoption')).toHaveText('On track');

  // Fewer users than at the start: behind linear progress by more than the tolerance.
  await adoption.getByRole('button', { name: 'Record measurement' }).click();
  const measure = page.getByRole('dialog', { name: 'Record Active users for Internal adoption' });
  await measure.getByRole('textbox', { name: 'Value', exact: true }).fill('80');
  // Not before the plan started, not in the future.
  await measure.getByRole('textbox', { name: 'Measured on', exact: true }).fill(dateInDays(-1));
  await measure.getByRole('textbox', { name: 'Measured on', exact: true }).blur();
  await measure.getByRole('button', { name: 'Record measurement' }).click();
  await expect(measure.getByText(`Choose a day on or after the plan's start (${dateInDays(0)}): the baseline is the value then.`)).toBeVisible();
  await measure.getByRole('textbox', { name: 'Measured on', exact: true }).fill(dateInDays(0));
  await measure.getByRole('textbox', { name: 'Measured on', exact: true }).blur();
  await measure.getByRole('button', { name: 'Record measurement' }).click();
  await expect(measure).toBeHidden();
  await expect(adoption.getByLabel('Status of Internal adoption')).toHaveText('At risk');
  await expect(rollout.getByLabel('Status of Roll out to every plant')).toHaveText('On track');

  // A milestone, and the review.
  await rollout.getByRole('textbox', { name: 'Milestone', exact: true }).fill('Pilot plant live');
  await rollout.getByRole('textbox', { name: 'Milestone due on', exact: true }).fill(dateInDays(30));
  await rollout.getByRole('textbox', { name: 'Milestone due on', exact: true }).blur();
  await rollout.getByRole('button', { name: 'Add milestone' }).click();
  await expect(rollout.getByRole('checkbox', { name: /Pilot plant live/ })).toBeVisible();
  // A milestone after its objective is refused in words; one added by mistake is removed after asking.
  await rollout.getByRole('textbox', { name: 'Milestone', exact: true }).fill('Too late');
  await rollout.getByRole('textbox', { name: 'Milestone due on', exact: true }).fill(dateInDays(150));
  await rollout.getByRole('textbox', { name: 'Milestone due on', exact: true }).blur();
  await rollout.getByRole('button', { name: 'Add milestone' }).click();
  await expect(rollout.getByText(`Choose a due date on or before the objective's own (${dateInDays(120)}): a milestone is a step towards it.`)).toBeVisible();
  await rollout.getByRole('textbox', { name: 'Milestone due on', exact: true }).fill(dateInDays(60));
  await rollout.getByRole('textbox', { name: 'Milestone due on', exact: true }).blur();
  await rollout.getByRole('button', { name: 'Add milestone' }).click();
  await expect(rollout.getByRole('checkbox', { name: /Too late/ })).toBeVisible();
  await rollout.getByRole('button', { name: 'Remove milestone Too late' }).click();
  await page.getByRole('dialog', { name: 'Remove the milestone?' }).getByRole('button', { name: 'Remove milestone' }).click();
  await expect(rollout.getByRole('checkbox', { name: /Too late/ })).toHaveCount(0);

  // An objective is changed (SMART still checked) and deleted after asking.
  await rollout.getByRole('button', { name: 'Edit objective Roll out to every plant' }).click();
  const edit = page.getByRole('dialog', { name: 'Change the objective' });
  await edit.getByRole('textbox', { name: 'Target', exact: true }).fill('2');
  await edit.getByRole('button', { name: 'Save objective' }).click();
  await expect(edit.getByText(/^Choose a target other than the baseline \(2\)/)).toBeVisible();
  await edit.getByRole('textbox', { name: 'Target', exact: true }).fill('14');
  await edit.getByRole('button', { name: 'Save objective' }).click();
  await expect(edit).toBeHidden();
  await expect(rollout).toContainText('Plants live: 2 → 14 by');
  await addObjective('Short-lived', 'Tickets', '10', '5', false);
  const shortLived = page.getByRole('region', { name: 'Objective Short-lived' });
  await shortLived.getByRole('button', { name: 'Delete objective Short-lived' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete the objective?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(shortLived).toBeVisible();
  await shortLived.getByRole('button', { name: 'Delete objective Short-lived' }).click();
  await confirm.getByRole('button', { name: 'Delete objective' }).click();
  await expect(shortLived).toHaveCount(0);
  await page.getByRole('button', { name: 'Review plan' }).click();
  const review = page.getByRole('dialog', { name: 'Review the plan' });
  await review.getByRole('textbox', { name: 'Review note', exact: true }).fill('Adoption lags: training in May.');
  await review.getByRole('button', { name: 'Record review' }).click();
  await expect(review).toBeHidden();
  await expect(page.getByLabel('Last review')).toContainText('Adoption lags: training in May.');

  // The print shows the shared objectives only, without the print button on paper.
  const href = await page.getByRole('link', { name: 'Print shared objectives' }).getAttribute('href');
  expect(href).toMatch(/^\/plans\/[0-9a-f-]+\/print$/);
  await page.goto(href ?? '');
  await expect(page.getByRole('heading', { name: `${account.name}: our shared objectives` })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Roll out to every plant/ })).toBeVisible();
  await expect(page.getByText('Pilot plant live')).toBeVisible();
  await expect(page.getByText('Internal adoption')).toHaveCount(0);
  await expect(page.getByText(/Grow ARR/)).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
});
