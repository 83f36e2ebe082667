import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeMe } from '../../test/fixtures';
import { renderWithApp, stubFetch } from '../../test/render';
import type { Webhook, WebhookDelivery } from './api';
import { WebhooksPage } from './WebhooksPage';

vi.setConfig({ testTimeout: 60_000 });

const SECRET = 'whsec_Q3x9LkPaVb2hT8sWmYc4Rn7JdE1uGf6KzXo0Ai5Ql';

const hook: Webhook = {
  id: 'w1',
  name: 'Billing system',
  url: 'https://hooks.example.com/stratum',
  eventTypes: ['account.created', 'account.updated'],
  active: true,
  failingSince: null,
  createdAt: '2026-05-01T10:00:00Z',
  updatedAt: '2026-05-01T10:00:00Z',
  version: 3,
};

const delivery: WebhookDelivery = {
  id: 'd1',
  eventId: 'e1',
  eventType: 'account.updated',
  resourceType: 'account',
  resourceId: 'a1',
  status: 'FAILED',
  attempts: 9,
  createdAt: '2026-05-01T11:00:00Z',
  nextAttemptAt: null,
  lastAttemptAt: '2026-05-02T11:00:00Z',
  responseStatus: 503,
  latencyMs: 42,
  responseExcerpt: 'Service unavailable',
  error: 'The receiver answered 503.',
  doneAt: '2026-05-02T11:00:00Z',
};

const page = (items: unknown[]) => ({ items, nextCursor: null, total: items.length, totalIsEstimate: false });

describe('WebhooksPage', () => {
  it('tells a non-admin in a sentence that only admins manage webhooks, and asks nothing', async () => {
    const calls = stubFetch({});
    renderWithApp(<WebhooksPage />, { me: makeMe('MANAGER') });
    expect(await screen.findByText(/only admins \(with the webhooks:admin scope\) see and change them/)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('shows the empty state, then creates a webhook and shows its secret once with a copy button', async () => {
    const calls = stubFetch({
      'GET /api/v1/webhooks': { status: 200, body: page([]) },
      'POST /api/v1/webhooks': { status: 201, body: { secret: SECRET, webhook: hook } },
      'GET /api/v1/webhooks/w1/deliveries': { status: 200, body: page([]) },
    });
    const { queryClient } = renderWithApp(<WebhooksPage />, { me: makeMe('ADMIN') });
    expect(await screen.findByText('No webhooks yet')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'New webhook' }));
    const dialog = await screen.findByRole('dialog', { name: 'New webhook' });

    // Nothing is sent without a URL and an event; the refusals are sentences.
    await user.type(within(dialog).getByRole('textbox', { name: /name/i }), 'Billing system');
    await user.click(within(dialog).getByRole('button', { name: 'Create webhook' }));
    expect(await within(dialog).findByText('Pick at least one event to send.')).toBeInTheDocument();
    expect(within(dialog).getByText(/Enter the URL that receives the events/)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.click(within(dialog).getByRole('textbox', { name: /URL/ }));
    await user.paste('https://hooks.example.com/stratum');
    await user.click(within(dialog).getByRole('checkbox', { name: 'account.created' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'account.updated' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create webhook' }));

    const secret = await screen.findByRole('dialog', { name: 'Copy the webhook’s secret' }, { timeout: 10_000 });
    expect(within(secret).getByRole('textbox', { name: /Signing secret/ })).toHaveValue(SECRET);
    expect(within(secret).getByRole('button', { name: 'Copy secret' })).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(JSON.parse(post?.body ?? '{}')).toEqual({
      name: 'Billing system',
      url: 'https://hooks.example.com/stratum',
      eventTypes: ['account.created', 'account.updated'],
      active: true,
    });
    await user.click(within(secret).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Copy the webhook’s secret' })).not.toBeInTheDocument());
    expect(document.body.innerHTML).not.toContain(SECRET);
    expect(
      JSON.stringify(
        queryClient
          .getMutationCache()
          .getAll()
          .map((m) => m.state.data),
      ),
    ).not.toContain(SECRET);
  });

  it('shows the server’s refusal of a URL on the URL field', async () => {
    stubFetch({
      'GET /api/v1/webhooks': { status: 200, body: page([]) },
      'POST /api/v1/webhooks': {
        status: 422,
        body: {
          type: 'urn:stratum:problem:validation',
          title: 'Validation failed',
          status: 422,
          detail: 'url: The host 10.0.0.5 resolves to 10.0.0.5, a private address; webhooks go only to public addresses.',
          errors: [{ field: 'url', message: 'The host 10.0.0.5 resolves to 10.0.0.5, a private address; webhooks go only to public addresses.' }],
        },
      },
    });
    renderWithApp(<WebhooksPage />, { me: makeMe('ADMIN') });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New webhook' }));
    const dialog = await screen.findByRole('dialog', { name: 'New webhook' });
    await user.type(within(dialog).getByRole('textbox', { name: /name/i }), 'Internal');
    await user.type(within(dialog).getByRole('textbox', { name: /URL/ }), 'https://10.0.0.5/hook');
    await user.click(within(dialog).getByRole('checkbox', { name: 'account.created' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create webhook' }));
    const url = within(dialog).getByRole('textbox', { name: /URL/ });
    await waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'));
    expect(url).toHaveValue('https://10.0.0.5/hook');
    expect(url).toHaveAccessibleDescription(expect.stringContaining('webhooks go only to public addresses.'));
  });

  it('shows the delivery log with status, latency and excerpt, redelivers, edits and deletes after confirming', async () => {
    const calls = stubFetch({
      'GET /api/v1/webhooks': { status: 200, body: page([hook]) },
      'GET /api/v1/webhooks/w1/deliveries': { status: 200, body: page([delivery]) },
      'POST /api/v1/webhooks/w1/deliveries/d1/redeliver': { status: 202, body: { ...delivery, id: 'd2', status: 'PENDING', attempts: 0 } },
      'PATCH /api/v1/webhooks/w1': { status: 200, body: { ...hook, active: false, version: 4 } },
      'DELETE /api/v1/webhooks/w1': { status: 204 },
    });
    renderWithApp(<WebhooksPage />, { me: makeMe('ADMIN') });
    const user = userEvent.setup();
    const row = await screen.findByRole('row', { name: /Billing system/ });
    expect(row).toHaveTextContent('2 events');
    expect(row).toHaveTextContent('Active');
    await user.click(within(row).getByRole('button', { name: 'Deliveries of Billing system' }));

    const log = await screen.findByRole('table', { name: 'Delivery log' });
    const entry = await within(log).findByRole('row', { name: /account.updated/ });
    expect(entry).toHaveTextContent('FAILED');
    expect(entry).toHaveTextContent('503');
    expect(entry).toHaveTextContent('42 ms');
    expect(entry).toHaveTextContent('Service unavailable');
    expect(entry).toHaveTextContent('The receiver answered 503.');
    await user.click(within(entry).getByRole('button', { name: /Redeliver account.updated/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === '/api/v1/webhooks/w1/deliveries/d1/redeliver')).toBe(true));

    await user.click(within(row).getByRole('button', { name: 'Edit Billing system' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit “Billing system”' });
    await user.click(within(edit).getByRole('switch', { name: /Active/ }));
    await user.click(within(edit).getByRole('button', { name: 'Save webhook' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(JSON.parse(patch?.body ?? '{}')).toMatchObject({ active: false, eventTypes: ['account.created', 'account.updated'] });
    expect(patch?.headers.get('If-Match')).toBe('"3"');
    expect(patch?.headers.get('Content-Type')).toBe('application/merge-patch+json');

    await user.click(within(row).getByRole('button', { name: 'Delete Billing system' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete “Billing system”?' });
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: 'Delete webhook' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.url === '/api/v1/webhooks/w1')).toBe(true));
  });

  it('says so when the webhooks cannot be loaded', async () => {
    stubFetch({ 'GET /api/v1/webhooks': { status: 500, body: { type: 'about:blank', title: 'Server error', status: 500, detail: 'Try again.' } } });
    renderWithApp(<WebhooksPage />, { me: makeMe('ADMIN') });
    expect(await screen.findByText('Could not load the webhooks')).toBeInTheDocument();
  });
});
