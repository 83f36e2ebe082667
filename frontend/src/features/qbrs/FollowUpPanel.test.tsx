import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { rules } from '../../api/rules';
import { renderWithApp, stubFetch } from '../../test/render';
import type { Qbr } from './api';
import { FollowUpPanel } from './FollowUpPanel';

const qbr: Qbr = {
  id: 'q1',
  accountId: 'a1',
  accountName: 'Northwind',
  templateId: 't',
  status: 'ANSWERED',
  scheduledFor: '2026-11-01',
  respondentName: 'Jordan Lee',
  respondentEmail: 'jordan@example.com',
  respondents: [],
  sentAt: '2026-11-01T10:00:00Z',
  invitationExpiresAt: null,
  answeredAt: '2026-11-02T10:00:00Z',
  channel: 'LINK',
  recordedBy: null,
  questions: [],
  answers: [],
  overallGrade: 'C',
  overallPoints: 2,
  failing: true,
  failingQuestions: [],
  npsScore: 6,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
  version: 3,
};

// Typing into Mantine inputs under jsdom is slow when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 20_000 });

describe('FollowUpPanel', () => {
  it('offers only the targets the server accepts, from the rules', async () => {
    stubFetch({});
    renderWithApp(<FollowUpPanel qbr={qbr} />);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Follow-up' });
    expect(within(form).getByText(/Realistic: 1 to 3 steps above today's C, so C\+ to B\./)).toBeInTheDocument();
    await user.click(within(form).getByRole('textbox', { name: 'Target grade' }));
    const listbox = await screen.findByRole('listbox', { hidden: true });
    const offered = within(listbox)
      .getAllByRole('option', { hidden: true })
      .map((o) => o.textContent);
    expect(offered).toEqual(['B', 'B-', 'C+']);
  });

  it('refuses a date outside the window without asking the server', async () => {
    const calls = stubFetch({});
    renderWithApp(<FollowUpPanel qbr={qbr} />);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Follow-up' });
    await user.click(within(form).getByRole('textbox', { name: 'Target grade' }));
    await user.click(await screen.findByRole('option', { name: 'B-', hidden: true }));
    const tooSoon = dayjs().add(3, 'day').format('YYYY-MM-DD');
    await user.type(within(form).getByRole('textbox', { name: 'Next call' }), tooSoon);
    await user.click(within(form).getByRole('button', { name: 'Save follow-up' }));

    const date = within(form).getByRole('textbox', { name: 'Next call' });
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/The next call must be 14 to 120 days away\. Choose a date from/);
    expect(calls).toHaveLength(0);
  });

  it('refuses an action one character over the limit with a sentence and sends nothing, and takes one at the limit', async () => {
    const max = rules.limits.FollowUpInput.actions.itemMaxLength;
    const calls = stubFetch({ 'PUT /api/v1/qbrs/q1/follow-up': { status: 200, body: qbr } });
    renderWithApp(<FollowUpPanel qbr={qbr} />);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Follow-up' });
    await user.click(within(form).getByRole('textbox', { name: 'Target grade' }));
    await user.click(await screen.findByRole('option', { name: 'B', hidden: true }));
    const inWindow = dayjs().add(30, 'day').format('YYYY-MM-DD');
    await user.type(within(form).getByRole('textbox', { name: 'Next call' }), inWindow);
    const action = within(form).getByRole('textbox', { name: 'Action 1' });
    await user.click(action);
    await user.paste('a'.repeat(max + 1));
    await user.click(within(form).getByRole('button', { name: 'Save follow-up' }));

    expect(action).toHaveValue('a'.repeat(max + 1));
    expect(await within(form).findByText(`Use at most ${max} characters (now ${max + 1}).`)).toBeInTheDocument();
    expect(action).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(0);

    await user.type(action, '{Backspace}');
    await user.click(within(form).getByRole('button', { name: 'Save follow-up' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(JSON.parse(calls[0]?.body ?? '{}')).toEqual({ targetGrade: 'B', targetDate: inWindow, actions: ['a'.repeat(max)] });
  });

  it('shows the server refusal as its sentence next to the field it names', async () => {
    const message = 'The next call must be 14 to 120 days away. Choose a date from 2026-12-09 to 2027-03-25.';
    const calls = stubFetch({
      'PUT /api/v1/qbrs/q1/follow-up': {
        status: 422,
        body: {
          type: 'urn:stratum:problem:validation',
          title: 'Validation failed',
          status: 422,
          detail: `targetDate: ${message}`,
          errors: [{ field: 'targetDate', message }],
        },
      },
    });
    renderWithApp(<FollowUpPanel qbr={qbr} />);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Follow-up' });
    await user.click(within(form).getByRole('textbox', { name: 'Target grade' }));
    await user.click(await screen.findByRole('option', { name: 'B', hidden: true }));
    const inWindow = dayjs().add(30, 'day').format('YYYY-MM-DD');
    await user.type(within(form).getByRole('textbox', { name: 'Next call' }), inWindow);
    await user.type(within(form).getByRole('textbox', { name: 'Action 1' }), 'Roadmap workshop');
    await user.click(within(form).getByRole('button', { name: 'Save follow-up' }));

    const date = within(form).getByRole('textbox', { name: 'Next call' });
    expect(await within(form).findByText(message)).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(JSON.parse(calls[0]?.body ?? '{}')).toEqual({ targetGrade: 'B', targetDate: inWindow, actions: ['Roadmap workshop'] });
  });

  it('shows a refusal about the QBR itself as a sentence above the buttons', async () => {
    const message = 'This QBR is not failing (overall B): only a failing QBR gets a follow-up.';
    stubFetch({
      'PUT /api/v1/qbrs/q1/follow-up': {
        status: 422,
        body: {
          type: 'urn:stratum:problem:validation',
          title: 'Validation failed',
          status: 422,
          detail: `qbr: ${message}`,
          errors: [{ field: 'qbr', message }],
        },
      },
    });
    renderWithApp(<FollowUpPanel qbr={qbr} />);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Follow-up' });
    await user.click(within(form).getByRole('textbox', { name: 'Target grade' }));
    await user.click(await screen.findByRole('option', { name: 'C+', hidden: true }));
    await user.type(within(form).getByRole('textbox', { name: 'Next call' }), dayjs().add(20, 'day').format('YYYY-MM-DD'));
    await user.click(within(form).getByRole('button', { name: 'Save follow-up' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(message);
  });

  it('shows a saved follow-up and its status', () => {
    stubFetch({});
    renderWithApp(
      <FollowUpPanel
        qbr={{
          ...qbr,
          followUp: {
            targetGrade: 'B-',
            targetDate: '2026-12-15',
            actions: ['Visit the plant'],
            status: 'MISSED',
            judgedByQbrId: 'q2',
            judgedAt: '2026-12-20T09:00:00Z',
          },
        }}
      />,
    );
    const saved = screen.getByRole('group', { name: 'Saved follow-up' });
    expect(within(saved).getByLabelText('Grade B-, failing')).toBeInTheDocument();
    expect(saved).toHaveTextContent('Missed: the next QBR stayed below B-');
    expect(saved).toHaveTextContent('Visit the plant');
    expect(screen.getByText('Target missed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit follow-up' })).not.toBeInTheDocument();
  });

  it('says a follow-up judged missed by the schedule had no QBR answered in time, and when it was judged', () => {
    stubFetch({});
    renderWithApp(
      <FollowUpPanel
        qbr={{
          ...qbr,
          followUp: { targetGrade: 'B-', targetDate: '2026-12-15', actions: [], status: 'MISSED', judgedByQbrId: null, judgedAt: '2026-12-23T02:00:00Z' },
        }}
      />,
    );
    const saved = screen.getByRole('group', { name: 'Saved follow-up' });
    expect(saved).toHaveTextContent('Missed: no QBR was answered by the call date and its grace period (judged');
    expect(saved).not.toHaveTextContent('the next QBR stayed below');
  });
});
