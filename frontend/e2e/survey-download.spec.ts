import { expect, test, type Response } from '@playwright/test';
import { signInByApi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The budget for the customer's page: JavaScript as sent over the wire (docs/performance.md). */
const SURVEY_SCRIPT_BUDGET = 150_000;

test("the customer's survey page loads no part of the signed-in app and stays within its download budget", async ({ page, browser }) => {
  const { api } = await signInByApi(page);
  const owner = await api.post('/api/v1/users', { name: `Bundle Owner ${run}`, email: `bundle-${run}@e2e.example`, role: 'ACCOUNT_MANAGER', active: true });
  expect(owner.status(), await owner.text()).toBe(201);
  const account = await api.post('/api/v1/accounts', {
    name: `Bundle ${run}`,
    ownerId: ((await owner.json()) as { id: string }).id,
    tier: 'KEY',
    lifecycle: 'ACTIVE',
    arr: 1000,
  });
  expect(account.status(), await account.text()).toBe(201);
  const { id: accountId, name } = (await account.json()) as { id: string; name: string };
  const scheduledFor = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const qbr = await api.post(`/api/v1/accounts/${accountId}/qbrs`, { scheduledFor, respondentName: 'Sam', respondentEmail: `sam-${run}@e2e.example` });
  expect(qbr.status(), await qbr.text()).toBe(201);
  const invitation = await api.post(`/api/v1/qbrs/${((await qbr.json()) as { id: string }).id}/invitation`, {});
  expect(invitation.status(), await invitation.text()).toBe(201);
  const { url } = (await invitation.json()) as { url: string };

  // A first visit: a fresh browser context, nothing cached.
  const customer = await browser.newContext();
  const survey = await customer.newPage();
  const scripts: Response[] = [];
  survey.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  await survey.goto(url);
  await expect(survey.getByRole('heading', { name: `How are we doing, ${name}?` })).toBeVisible();
  await survey.waitForLoadState('networkidle');

  const files = scripts.map((response) => new URL(response.url()).pathname);
  expect(files.filter((file) => /SignedInLayout|AppShellLayout|DashboardPage|AccountPage|PipelineBoardPage/.test(file))).toEqual([]);
  let sent = 0;
  for (const response of scripts) {
    expect(response.headers()['cache-control'], response.url()).toBe('public, max-age=31536000, immutable');
    sent += (await response.request().sizes()).responseBodySize;
  }
  expect(sent, `scripts sent: ${files.join(', ')}`).toBeLessThan(SURVEY_SCRIPT_BUDGET);
  await customer.close();
});
