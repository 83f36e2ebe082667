import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { rules } from '../../api/rules';
import { renderWithApp, stubFetch } from '../../test/render';
import type { Qbr } from './api';
import { RecordAnswersForm } from './RecordAnswersModal';

const qbr: Qbr = {
  id: 'q1',
  accountId: 'a1',
  accountName: 'Northwind',
  templateId: 't',
  status: 'SENT',
  scheduledFor: '2026-11-01',
  respondentName: 'Jordan Lee',
  respondentEmail: 'jordan@example.com',
  respondents: [],
  sentAt: '2026-11-01T10:00:00Z',
  invitationExpiresAt: null,
  answeredAt: null,
  channel: null,
  recordedBy: null,
  questions: [
    { id: 'g1', position: 1, text: 'How would you rate our strategic suggestions?', kind: 'GRADE' },
    { id: 't1', position: 2, text: 'What should we do differently?', kind: 'TEXT' },
  ],
  answers: [],
  overallGrade: null,
  overallPoints: null,
  failing: false,
  failingQuestions: [],
  npsScore: null,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
  version: 2,
};

// Typing into Mantine inputs under jsdom is slow when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 20_000 });

describe('RecordAnswersForm', () => {
  it('refuses answers one character over the limit with sentences and sends nothing, and takes them at the limit', async () => {
    const { why: WHY, text: TEXT } = rules.limits.AnswerInput;
    const calls = stubFetch({ 'POST /api/v1/qbrs/q1/responses': { status: 200, body: { ...qbr, status: 'ANSWERED' } } });
    const onDone = vi.fn();
    renderWithApp(<RecordAnswersForm qbr={qbr} onDone={onDone} onCancel={() => {}} />);
    const user = userEvent.setup();
    const q1 = screen.getByRole('region', { name: 'Question 1' });
    const q2 = screen.getByRole('region', { name: 'Question 2' });
    await user.click(within(q1).getByRole('textbox', { name: /strategic suggestions/ }));
    await user.click(await screen.findByRole('option', { name: /^C \(below B/, hidden: true }));
    const why = within(q1).getByRole('textbox', { name: /Why C\?/ });
    const text = within(q2).getByRole('textbox');
    await user.click(why);
    await user.paste('w'.repeat(WHY.maxLength + 1));
    await user.click(text);
    await user.paste('t'.repeat(TEXT.maxLength + 1));
    await user.click(screen.getByRole('button', { name: 'Save answers' }));

    expect(why).toHaveValue('w'.repeat(WHY.maxLength + 1));
    expect(text).toHaveAccessibleDescription(expect.stringContaining(`${TEXT.maxLength + 1} / ${TEXT.maxLength} characters`));
    expect(await within(q1).findByText(`Use at most ${WHY.maxLength} characters (now ${WHY.maxLength + 1}).`)).toBeInTheDocument();
    expect(within(q2).getByText(`Use at most ${TEXT.maxLength} characters (now ${TEXT.maxLength + 1}).`)).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    await user.type(why, '{Backspace}');
    await user.type(text, '{Backspace}');
    await user.click(screen.getByRole('button', { name: 'Save answers' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(JSON.parse(calls[0]?.body ?? '{}')).toEqual({
      answers: [
        { questionId: 'g1', grade: 'C', why: 'w'.repeat(WHY.maxLength) },
        { questionId: 't1', text: 't'.repeat(TEXT.maxLength) },
      ],
    });
  });
});
