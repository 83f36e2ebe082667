import type { Schemas } from '../../api/client';
import { ApiError, errorMessage } from '../../api/problem';
import { isFailingGrade, type Grade } from './grades';
import { rules } from '../../api/rules';
import { tooLong } from '../../components/text-check';

type QuestionKind = Schemas['QuestionKind'];
type ResponseInput = Schemas['ResponseInput'];
type AnswerInput = Schemas['AnswerInput'];

/** A question as both the public survey and the QBR view describe it. */
export interface AnswerableQuestion {
  id: string;
  text: string;
  kind: QuestionKind;
}

/** What the inputs hold for one question; index-aligned with the questions. */
export interface AnswerValues {
  [key: string]: unknown;
  questionId: string;
  kind: QuestionKind;
  grade: Grade | null;
  /** NPS score as the input holds it: '0'..'10' or null. */
  score: string | null;
  text: string;
  why: string;
}

export interface AnswersFormValues {
  [key: string]: unknown;
  answers: AnswerValues[];
}

export const WHY_MAX = rules.limits.AnswerInput.why.maxLength;
export const TEXT_MAX = rules.limits.AnswerInput.text.maxLength;

export function initialAnswers(questions: readonly AnswerableQuestion[]): AnswersFormValues {
  return { answers: questions.map((q) => ({ questionId: q.id, kind: q.kind, grade: null, score: null, text: '', why: '' })) };
}

/** "why?" is asked (and required) as soon as a grade below B is chosen. */
export function needsWhy(a: Pick<AnswerValues, 'kind' | 'grade'>): boolean {
  return a.kind === 'GRADE' && isFailingGrade(a.grade);
}

/** Client-side checks, keyed by form path (answers.2.why). The server has the last word. */
export function validateAnswers(v: AnswersFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  v.answers.forEach((a, i) => {
    if (a.kind === 'GRADE') {
      // The reason is shown and sent only below B: a hidden one is neither checked nor saved.
      const whyTooLong = tooLong(a.why.trim(), WHY_MAX);
      if (!a.grade) errors[`answers.${i}.grade`] = 'Choose a grade from A+ to F.';
      else if (needsWhy(a) && !a.why.trim()) errors[`answers.${i}.why`] = `Tell us why you gave ${a.grade}: a grade below B needs a reason.`;
      else if (needsWhy(a) && whyTooLong) errors[`answers.${i}.why`] = whyTooLong;
    } else if (a.kind === 'NPS') {
      if (a.score === null || a.score === '') errors[`answers.${i}.score`] = 'Choose a score from 0 to 10.';
    } else if (a.kind === 'TEXT') {
      const problem = tooLong(a.text.trim(), TEXT_MAX);
      if (problem) errors[`answers.${i}.text`] = problem;
    }
  });
  return errors;
}

/** The request body: one answer per question, in question order, so answers[i] names question i. */
export function toResponseInput(v: AnswersFormValues): ResponseInput {
  const answers = v.answers.map((a): AnswerInput => {
    if (a.kind === 'GRADE') {
      const why = a.why.trim();
      return { questionId: a.questionId, grade: a.grade, ...(needsWhy(a) && why ? { why } : {}) };
    }
    if (a.kind === 'NPS') return { questionId: a.questionId, score: a.score === null || a.score === '' ? null : Number(a.score) };
    const text = a.text.trim();
    return { questionId: a.questionId, ...(text ? { text } : {}) };
  });
  return { answers };
}

const ANSWER_FIELD = /^answers\[(\d+)\]\.(grade|score|text|why|questionId)$/;

export interface AnswerServerErrors {
  /** Messages keyed by form path. */
  fields: Record<string, string>;
  /** Messages with no input to sit next to (e.g. a question left out). */
  general: string[];
}

/**
 * Places a 422's `errors` next to the answers they name: `answers[2].why` goes to the third
 * question's "why" box; a bare `answers` error (a missing answer) stays general.
 */
export function answerServerErrors(error: unknown, values: AnswersFormValues): AnswerServerErrors {
  if (!(error instanceof ApiError) || !error.problem.errors.length) return { fields: {}, general: [errorMessage(error)] };
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const { field, message } of error.problem.errors) {
    const m = ANSWER_FIELD.exec(field);
    const index = m ? Number(m[1]) : -1;
    const answer = values.answers[index];
    if (m && answer) {
      let name = m[2] === 'questionId' ? (answer.kind === 'NPS' ? 'score' : answer.kind === 'TEXT' ? 'text' : 'grade') : m[2];
      if (name === 'why' && !needsWhy(answer)) name = 'grade';
      const path = `answers.${index}.${name}`;
      fields[path] = fields[path] ? `${fields[path]}; ${capitalise(message)}` : capitalise(message);
    } else {
      general.push(capitalise(message));
    }
  }
  return { fields, general };
}

function capitalise(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** The id of the input to focus for a form path, so the first problem can be brought into view. */
export function answerInputId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/\./g, '-')}`;
}
