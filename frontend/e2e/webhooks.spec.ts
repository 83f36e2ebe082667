import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { signInByApi } from './auth';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

interface Received {
  signature: string;
  body: string;
}

/** A webhook receiver on 127.0.0.2 (loopback; the e2e server's allowlist names it), answering 200. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ signature: String(req.headers['stratum-signature'] ?? ''), body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('thanks from the e2e receiver');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.2:${port}/hook`, received };
}

test('an admin creates a webhook, copies its secret once, changes an account and sees the signed delivery in the log', async ({ page }) => {
  const receiver = await startReceiver();
  try {
    const { api } = await signInByApi(page);
    const created = await api.post('/api/v1/accounts', { name: `Webhook target ${run}` });
    expect(created.status(), await created.text()).toBe(201);
    const account = (await created.json()) as { id: string };

    await page.goto('/settings/webhooks');
    await expect(page.getByRole('heading', { name: 'Webhooks', level: 2 })).toBeVisible();
    await page.getByRole('button', { name: 'New webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'New webhook' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(`E2E receiver ${run}`);
    await dialog.getByRole('textbox', { name: 'URL' }).fill(receiver.url);
    await dialog.getByRole('checkbox', { name: 'account.updated' }).check();
    await dialog.getByRole('button', { name: 'Create webhook' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'Copy the webhook’s secret' });
    await expect(secretDialog.getByRole('button', { name: 'Copy secret' })).toBeVisible();
    const secret = await secretDialog.getByRole('textbox', { name: 'Signing secret' }).inputValue();
    expect(secret).toMatch(/^whsec_/);
    await secretDialog.getByRole('button', { name: 'Done' }).click();
    await expect(secretDialog).toBeHidden();

    // Change the account: its account.updated event goes to the receiver within seconds, signed.
    const changed = await api.patch(`/api/v1/accounts/${account.id}`, { industry: 'Logistics' });
    expect(changed.status(), await changed.text()).toBe(200);

    const log = page.getByRole('table', { name: 'Delivery log' });
    const row = log.getByRole('row', { name: /account\.updated/ });
    await expect(row).toContainText('SENT', { timeout: 30_000 });
    await expect(row).toContainText('200');
    await expect(row).toContainText('thanks from the e2e receiver');
    await expect(row).toContainText(/\d+ ms/);

    expect(receiver.received).toHaveLength(1);
    const { signature, body } = receiver.received[0];
    const [t, v1] = signature.split(',').map((p) => p.split('=')[1]);
    expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
    expect(JSON.parse(body)).toMatchObject({ type: 'account.updated', data: { id: account.id, industry: 'Logistics' } });

    // Redeliver sends the same event again.
    await row.getByRole('button', { name: /Redeliver account\.updated/ }).click();
    await expect(log.getByRole('row', { name: /account\.updated/ })).toHaveCount(2);
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(2);
    expect(JSON.parse(receiver.received[1].body).id).toBe(JSON.parse(body).id);
  } finally {
    receiver.server.close();
  }
});
