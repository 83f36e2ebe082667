import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { makeMe } from '../../test/fixtures';
import { renderWithApp, stubFetch } from '../../test/render';
import { auditQuery, changesSummary, emptyAuditFilters, formatAuditValue, type AuditEvent } from './api';
import { AuditLogPage } from './AuditLogPage';

vi.setConfig({ testTimeout: 20_000 });

const event: AuditEvent = {
  id: 'e1',
  occurredAt: '2026-05-04T09:30:00Z',
  actorId: 'u1',
  actorName: 'Dana Whitfield',
  tokenId: 'tok-1',
  action: 'changeAccountTier',
  entityType: 'account',
  entityId: '7d3f1c1e-0000-4000-8000-000000000001',
  recordType: 'account',
  recordId: '7d3f1c1e-0000-4000-8000-000000000001',
  recordName: 'Northwind Traders',
  transactionId: '901',
  changes: [
    { field: 'tier', before: 'STANDARD', after: 'KEY' },
    { field: 'arr', before: 100000, after: null },
  ],
};

const auditCalls = (calls: { url: string }[]) =>
  calls.filter((c) => c.url.startsWith('/api/v1/audit-events')).map((c) => new URL(c.url, 'http://x').searchParams);

describe('AuditLogPage', () => {
  it('is for admins only', async () => {
    const calls = stubFetch({});
    renderWithApp(<AuditLogPage />, { me: makeMe('MANAGER'), path: '/settings/audit-log' });
    expect(await screen.findByText('Only admins read the audit log.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('lists who changed what, and expands a row to each field before and after', async () => {
    stubFetch({
      'GET /api/v1/audit-events': { status: 200, body: { items: [event], nextCursor: null } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
    });
    renderWithApp(<AuditLogPage />, { path: '/settings/audit-log' });
    const table = await screen.findByRole('table', { name: 'Audit events' });
    const row = await within(table).findByRole('row', { name: /changeAccountTier/ });
    expect(row).toHaveTextContent('Dana Whitfield');
    expect(row).toHaveTextContent('via API token');
    expect(row).toHaveTextContent('tier, arr');
    expect(within(row).getByRole('link', { name: 'Northwind Traders' })).toHaveAttribute('href', `/accounts/${event.entityId}`);

    const toggle = within(row).getByRole('button', { name: 'Show changes' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.setup().click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const changes = await screen.findByRole('table', { name: /Changes of changeAccountTier/ });
    const tier = within(changes).getByRole('row', { name: /tier/ });
    expect(
      within(tier)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['tier', 'STANDARD', 'KEY']);
    const arr = within(changes).getByRole('row', { name: /arr/ });
    expect(
      within(arr)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['arr', '100000', '—']);
  });

  it('shows the rows of one request as one change named after its record, and opens them', async () => {
    const policy: AuditEvent = {
      ...event,
      id: 'p',
      action: 'updateTierPolicy',
      entityType: 'tier-policy',
      entityId: 'KEY',
      recordType: 'tier-policy',
      recordId: 'KEY',
      recordName: 'KEY',
      transactionId: '42',
      tokenId: null,
    };
    const moved = Array.from({ length: 10 }, (_, i): AuditEvent => ({
      ...event,
      id: `a${i}`,
      action: 'updateTierPolicy',
      recordName: `Account ${i}`,
      transactionId: '42',
      tokenId: null,
    }));
    stubFetch({
      'GET /api/v1/audit-events': { status: 200, body: { items: [...moved, policy], nextCursor: null } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
    });
    renderWithApp(<AuditLogPage />, { path: '/settings/audit-log' });
    const table = await screen.findByRole('table', { name: 'Audit events' });
    const change = await within(table).findByRole('row', { name: /updateTierPolicy/ });
    expect(within(table).getAllByRole('row')).toHaveLength(2); // the header and the one change
    expect(change).toHaveTextContent('11 rows in one request: 1 tier policy, 10 accounts');
    expect(within(change).getByRole('link', { name: 'Key tier' })).toHaveAttribute('href', '/settings/tier-policies');
    await userEvent.setup().click(within(change).getByRole('button', { name: 'Show 11 rows' }));
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    expect(within(table).getByRole('link', { name: 'Account 3' })).toHaveAttribute('href', `/accounts/${event.entityId}`);
  });

  it('sends the filters from the address, with whole days as instants', async () => {
    const calls = stubFetch({
      'GET /api/v1/audit-events': { status: 200, body: { items: [], nextCursor: null } },
      'GET /api/v1/users': { status: 200, body: { items: [], nextCursor: null } },
    });
    renderWithApp(<AuditLogPage />, { path: '/settings/audit-log?entityType=opportunity&entityId=abc&from=2026-05-01&to=2026-05-31' });
    expect(await screen.findByText('No change matches these filters')).toBeInTheDocument();
    await waitFor(() => expect(auditCalls(calls)).toHaveLength(1));
    const q = auditCalls(calls)[0];
    expect(q?.get('entityType')).toBe('opportunity');
    expect(q?.get('entityId')).toBe('abc');
    expect(q?.get('from')).toBe(dayjs('2026-05-01').startOf('day').toISOString());
    expect(q?.get('to')).toBe(dayjs('2026-06-01').startOf('day').toISOString());
  });
});

describe('audit helpers', () => {
  it('summarises the changed fields and formats values', () => {
    expect(changesSummary([])).toBe('No field changes');
    expect(changesSummary(['a', 'b', 'c', 'd', 'e'].map((field) => ({ field, before: null, after: 1 })))).toBe('a, b, c and 2 more');
    expect(formatAuditValue(null)).toBe('—');
    expect(formatAuditValue('[secret]')).toBe('[secret]');
    expect(formatAuditValue(['x', 'y'])).toBe('["x","y"]');
    expect(formatAuditValue(false)).toBe('false');
  });

  it('leaves out empty filters', () => {
    expect(auditQuery(emptyAuditFilters, undefined, 50)).toEqual({ limit: 50 });
  });
});
