import { describe, expect, it } from 'vitest';
import { ApiError, parseProblem } from '../../api/problem';
import { answerServerErrors, initialAnswers, needsWhy, toResponseInput, validateAnswers } from './answer-model';

const questions = [
  { id: 'g1', text: 'Strategic suggestions', kind: 'GRADE' as const },
  { id: 'g2', text: 'Responsiveness', kind: 'GRADE' as const },
  { id: 'n', text: 'Recommend us?', kind: 'NPS' as const },
  { id: 't', text: 'Anything else?', kind: 'TEXT' as const },
];

function filled() {
  const v = initialAnswers(questions);
  v.answers[0] = { ...v.answers[0]!, grade: 'C' };
  v.answers[1] = { ...v.answers[1]!, grade: 'B', why: 'kept from an earlier C' };
  v.answers[2] = { ...v.answers[2]!, score: '7' };
  return v;
}

describe('answer form rules', () => {
  it('asks why as soon as a grade below B is chosen, not for B and better', () => {
    expect(needsWhy({ kind: 'GRADE', grade: 'B-' })).toBe(true);
    expect(needsWhy({ kind: 'GRADE', grade: 'B' })).toBe(false);
    expect(needsWhy({ kind: 'GRADE', grade: null })).toBe(false);
  });

  it('requires a grade, a score, and a reason for a failing grade', () => {
    expect(validateAnswers(initialAnswers(questions))).toEqual({
      'answers.0.grade': 'Choose a grade from A+ to F.',
      'answers.1.grade': 'Choose a grade from A+ to F.',
      'answers.2.score': 'Choose a score from 0 to 10.',
    });
    const v = filled();
    expect(validateAnswers(v)).toEqual({ 'answers.0.why': 'Tell us why you gave C: a grade below B needs a reason.' });
    v.answers[0] = { ...v.answers[0]!, why: '   ' };
    expect(validateAnswers(v)['answers.0.why']).toMatch(/needs a reason/);
    v.answers[0] = { ...v.answers[0]!, why: 'No ideas from you this year' };
    expect(validateAnswers(v)).toEqual({});
  });

  it('sends one answer per question in order, a reason only with a failing grade', () => {
    const v = filled();
    v.answers[0] = { ...v.answers[0]!, why: '  No ideas  ' };
    expect(toResponseInput(v)).toEqual({
      answers: [{ questionId: 'g1', grade: 'C', why: 'No ideas' }, { questionId: 'g2', grade: 'B' }, { questionId: 'n', score: 7 }, { questionId: 't' }],
    });
  });

  it('places the server refusal next to the answer it names', () => {
    const v = filled();
    const error = new ApiError(
      parseProblem(422, {
        type: 'urn:stratum:problem:validation',
        title: 'Validation failed',
        status: 422,
        errors: [
          { field: 'answers[0].why', message: 'tell us why question 1 (Strategic suggestions) got C: a grade below B needs a reason' },
          { field: 'answers', message: 'question 3 (Recommend us?) has no answer' },
        ],
      }),
    );
    expect(answerServerErrors(error, v)).toEqual({
      fields: { 'answers.0.why': 'Tell us why question 1 (Strategic suggestions) got C: a grade below B needs a reason' },
      general: ['Question 3 (Recommend us?) has no answer'],
    });
  });
});
