import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MyDay } from './api';
import { MyDayPage } from './MyDayPage';
import { makeMe } from '../../test/fixtures';
import { renderWithApp, stubFetch } from '../../test/render';

const empty = { count: 0, items: [] };

function day(overrides: Partial<MyDay> = {}): MyDay {
  return {
    scope: 'ME',
    date: '2027-03-10',
    people: 1,
    tasksDue: {
      count: 1,
      items: [
        {
          id: 't1',
          title: 'Send the roadmap draft',
          accountId: 'a1',
          accountName: 'Fabrikam',
          dueDate: '2027-03-08',
          overdue: true,
          assigneeId: 'u1',
          assigneeName: 'Dana',
          qbrId: 'q1',
          version: 2,
        },
      ],
    },
    qbrsDue: empty,
    followUpsDue: empty,
    singleThreaded: empty,
    handoffsWaiting: empty,
    touchOverdue: empty,
    eventsToReview: empty,
    newRevenueAlerts: empty,
    ...overrides,
  };
}

describe('MyDayPage', () => {
  it('lists each section with its count and completes a task with one click, sending its version', async () => {
    const calls = stubFetch({
      'GET /api/v1/me/day': { status: 200, body: day() },
      'PATCH /api/v1/tasks/t1': { status: 200, body: { id: 't1', version: 3, status: 'DONE' } },
    });
    renderWithApp(<MyDayPage />, { path: '/my-day', me: makeMe('ACCOUNT_MANAGER') });
    const due = await screen.findByRole('region', { name: 'Tasks due' });
    expect(within(due).getByText('Send the roadmap draft')).toBeInTheDocument();
    expect(within(due).getByText('overdue since Mar 8, 2027')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Handoffs waiting' })).toHaveTextContent('No handoff is waiting for you.');
    // Account managers have no team switch.
    expect(screen.queryByRole('radiogroup', { name: 'Whose day' })).not.toBeInTheDocument();

    await userEvent.click(within(due).getByRole('checkbox', { name: 'Mark Send the roadmap draft done' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(JSON.parse(patch.body ?? '')).toEqual({ status: 'DONE' });
    expect(patch.headers.get('If-Match')).toBe('"2"');
  });

  it('shows the server’s sentence when completing is refused', async () => {
    stubFetch({
      'GET /api/v1/me/day': { status: 200, body: day() },
      'PATCH /api/v1/tasks/t1': {
        status: 403,
        body: { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'This needs the tasks:write scope, which this request does not have.' },
      },
    });
    renderWithApp(<MyDayPage />, { path: '/my-day', me: makeMe('ACCOUNT_MANAGER') });
    const due = await screen.findByRole('region', { name: 'Tasks due' });
    await userEvent.click(within(due).getByRole('checkbox', { name: 'Mark Send the roadmap draft done' }));
    expect(await screen.findByText('This needs the tasks:write scope, which this request does not have.')).toBeInTheDocument();
  });

  it('gives managers a Me/Team switch and says when nobody reports to them', async () => {
    const calls = stubFetch({ 'GET /api/v1/me/day': { status: 200, body: day({ scope: 'TEAM', people: 0, tasksDue: empty }) } });
    renderWithApp(<MyDayPage />, { path: '/my-day?scope=team', me: makeMe('MANAGER') });
    expect(await screen.findByText('Nobody reports to you yet')).toBeInTheDocument();
    expect(calls[0]!.url).toBe('/api/v1/me/day?scope=TEAM');
    expect(screen.getByRole('radio', { name: 'Team' })).toBeChecked();
  });
});
