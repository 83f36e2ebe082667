import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
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
  it('shows the server refusal of an unrealistic target next to the target grade', async () => {
    const calls = stubFetch({
      'PUT /api/v1/qbrs/q1/follow-up': {
        status: 422,
        body: {
          type: 'urn:stratum:problem:validation',
          title: 'Validation failed',
          status: 422,
          detail: 'The request breaks 1 rule.',
          errors: [{ field: 'targetGrade', message: "is not realistic: at most 3 steps above today's C, so B at best" }],
        },
      },
    });
    renderWithApp(<FollowUpPanel qbr={qbr} />);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Follow-up' });
    expect(within(form).getByText(/Realistic: 1 to 3 steps above today's C, so C\+ to B\./)).toBeInTheDocument();

    await user.click(within(form).getByRole('textbox', { name: 'Target grade' }));
    await user.click(await screen.findByRole('option', { name: 'A+', hidden: true }));
    await user.type(within(form).getByRole('textbox', { name: 'Next call' }), '2030-01-10');
    await user.type(within(form).getByRole('textbox', { name: 'Action 1' }), 'Roadmap workshop');
    await user.click(within(form).getByRole('button', { name: 'Save follow-up' }));

    const field = within(form).getByRole('textbox', { name: 'Target grade' });
    expect(await within(form).findByText("is not realistic: at most 3 steps above today's C, so B at best")).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/is not realistic/);
    expect(JSON.parse(calls[0]?.body ?? '{}')).toEqual({ targetGrade: 'A+', targetDate: '2030-01-10', actions: ['Roadmap workshop'] });
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
});
