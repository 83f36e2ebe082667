import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { rules } from '../../api/rules';
import { renderRoutes, stubFetch } from '../../test/render';
import { PublicSurveyPage } from './PublicSurveyPage';

const TOKEN = 'tok123';
const SURVEY = `/api/v1/public/surveys/${TOKEN}`;
const survey = {
  accountName: 'Northwind',
  expiresAt: '2030-01-14T10:00:00Z',
  questions: [
    { id: 'g1', text: 'How would you rate our strategic suggestions?', kind: 'GRADE' },
    { id: 'n1', text: 'How likely are you to recommend us?', kind: 'NPS' },
    { id: 't1', text: 'What should we do differently?', kind: 'TEXT' },
  ],
};

function renderPage() {
  return renderRoutes([{ path: '/survey/:token', element: <PublicSurveyPage /> }], { path: `/survey/${TOKEN}` });
}

const problem = (status: number, type: string, detail: string) => ({ status, body: { type, title: 't', status, detail } });

// Typing into Mantine inputs under jsdom is slow when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 20_000 });

describe('PublicSurveyPage', () => {
  it.each([
    [problem(404, 'urn:stratum:problem:not-found', 'x'), 'This link is not valid'],
    [problem(409, 'urn:stratum:problem:survey-answered', 'x'), 'This survey has already been answered'],
    [problem(410, 'urn:stratum:problem:survey-expired', 'x'), 'This link has expired'],
    [problem(410, 'urn:stratum:problem:survey-withdrawn', 'x'), 'This survey has been withdrawn'],
  ])('explains a link that cannot be answered (%#)', async (route, heading) => {
    const calls = stubFetch({ [`GET ${SURVEY}`]: route });
    renderPage();
    expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
    // One request only: a 4xx about the link is an answer, not something to retry.
    expect(calls).toHaveLength(1);
    expect(calls.every((c) => c.url.startsWith('/api/v1/public/'))).toBe(true);
  });

  it('asks why as soon as a grade below B is chosen, requires it, then thanks the customer', async () => {
    const calls = stubFetch({
      [`GET ${SURVEY}`]: { status: 200, body: survey },
      [`POST ${SURVEY}/responses`]: { status: 201, body: { answeredAt: '2026-11-22T10:00:00Z' } },
    });
    renderPage();
    const user = userEvent.setup();
    const q1 = await screen.findByRole('region', { name: 'Question 1' });
    const grades = within(q1).getByRole('radiogroup', { name: /strategic suggestions/ });
    expect(within(grades).getAllByRole('radio')).toHaveLength(13);

    await user.click(within(q1).getByRole('radio', { name: 'B' }));
    expect(within(q1).queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(within(q1).getByRole('radio', { name: 'C' }));
    const why = within(q1).getByRole('textbox', { name: /Why C\?/ });
    expect(why).toBeRequired();

    await user.click(within(screen.getByRole('region', { name: 'Question 2' })).getByRole('radio', { name: '9' }));
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await within(q1).findByText('Tell us why you gave C: a grade below B needs a reason.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.type(why, 'No new ideas this year');
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('heading', { name: 'Thank you!' })).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(JSON.parse(post?.body ?? '{}')).toEqual({
      answers: [{ questionId: 'g1', grade: 'C', why: 'No new ideas this year' }, { questionId: 'n1', score: 9 }, { questionId: 't1' }],
    });
  });

  it('refuses answers one character over the limit with a sentence and sends nothing, and takes them at the limit', async () => {
    const { why: WHY, text: TEXT } = rules.limits.AnswerInput;
    const calls = stubFetch({
      [`GET ${SURVEY}`]: { status: 200, body: survey },
      [`POST ${SURVEY}/responses`]: { status: 201, body: { answeredAt: '2026-11-22T10:00:00Z' } },
    });
    renderPage();
    const user = userEvent.setup();
    const q1 = await screen.findByRole('region', { name: 'Question 1' });
    await user.click(within(q1).getByRole('radio', { name: 'C' }));
    await user.click(within(screen.getByRole('region', { name: 'Question 2' })).getByRole('radio', { name: '9' }));
    const why = within(q1).getByRole('textbox', { name: /Why C\?/ });
    const q3 = screen.getByRole('region', { name: 'Question 3' });
    const text = within(q3).getByRole('textbox');
    await user.click(why);
    await user.paste('w'.repeat(WHY.maxLength + 1));
    await user.click(text);
    await user.paste('t'.repeat(TEXT.maxLength + 1));

    // Nothing is cut: the pasted text stays whole, the counter shows it and the form says what to do.
    expect(why).toHaveValue('w'.repeat(WHY.maxLength + 1));
    expect(text).toHaveValue('t'.repeat(TEXT.maxLength + 1));
    expect(text).toHaveAccessibleDescription(expect.stringContaining(`${TEXT.maxLength + 1} / ${TEXT.maxLength} characters`));
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await within(q1).findByText(`Use at most ${WHY.maxLength} characters (now ${WHY.maxLength + 1}).`)).toBeInTheDocument();
    expect(within(q3).getByText(`Use at most ${TEXT.maxLength} characters (now ${TEXT.maxLength + 1}).`)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.type(why, '{Backspace}');
    await user.type(text, '{Backspace}');
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('heading', { name: 'Thank you!' })).toBeInTheDocument();
    expect(JSON.parse(calls.find((c) => c.method === 'POST')?.body ?? '{}')).toEqual({
      answers: [
        { questionId: 'g1', grade: 'C', why: 'w'.repeat(WHY.maxLength) },
        { questionId: 'n1', score: 9 },
        { questionId: 't1', text: 't'.repeat(TEXT.maxLength) },
      ],
    });
  });

  it('shows the server refusal next to the answer and switches to the answered page on a 409', async () => {
    stubFetch({
      [`GET ${SURVEY}`]: { status: 200, body: survey },
      [`POST ${SURVEY}/responses`]: {
        status: 422,
        body: {
          type: 'urn:stratum:problem:validation',
          title: 'Validation failed',
          status: 422,
          detail: 'x',
          errors: [{ field: 'answers[1].score', message: 'question 2 (How likely are you to recommend us?) needs a score from 0 to 10' }],
        },
      },
    });
    renderPage();
    const user = userEvent.setup();
    const q1 = await screen.findByRole('region', { name: 'Question 1' });
    await user.click(within(q1).getByRole('radio', { name: 'A' }));
    await user.click(within(screen.getByRole('region', { name: 'Question 2' })).getByRole('radio', { name: '10' }));
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    const q2 = screen.getByRole('region', { name: 'Question 2' });
    expect(await within(q2).findByText(/needs a score from 0 to 10/)).toBeInTheDocument();

    stubFetch({ [`POST ${SURVEY}/responses`]: problem(409, 'urn:stratum:problem:survey-answered', 'x') });
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('heading', { name: 'This survey has already been answered' })).toBeInTheDocument();
  });
});
