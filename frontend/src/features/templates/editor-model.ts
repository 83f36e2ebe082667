/**
 * The survey template editor's draft and its checks. The limits and the template rules (at least one GRADE
 * question, at most one NPS question) come from the server's rules document; the server still decides.
 */
import { rules } from '../../api/rules';
import type { FieldProblem } from '../../api/problem';
import type { QuestionKind, Template, TemplateInput } from './api';

export const NAME_MAX = rules.limits.TemplateInput.name.maxLength;
export const QUESTIONS_MAX = rules.limits.TemplateInput.questions.maxItems;
export const QUESTION_TEXT_MAX = rules.limits.QuestionInput.text.maxLength;
export const MIN_GRADE_QUESTIONS = rules.surveyTemplates.minGradeQuestions;
export const MAX_NPS_QUESTIONS = rules.surveyTemplates.maxNpsQuestions;

export const KIND_LABEL: Record<QuestionKind, string> = {
  GRADE: 'Grade (A+ to F, with a reason when failing)',
  NPS: 'Recommend score (0 to 10, for NPS)',
  TEXT: 'Free text',
};

export const KIND_SHORT: Record<QuestionKind, string> = { GRADE: 'Grade', NPS: 'NPS', TEXT: 'Text' };
const KIND_COUNTED: Record<QuestionKind, string> = { GRADE: 'grade', NPS: 'NPS', TEXT: 'text' };

export interface DraftQuestion {
  /** Stable across reorders, so React keeps each question's field while it moves. */
  key: string;
  text: string;
  kind: QuestionKind;
}

export interface Draft {
  name: string;
  questions: DraftQuestion[];
}

let nextKey = 0;
const newKey = () => `q${++nextKey}`;

export function newQuestion(kind: QuestionKind, text = ''): DraftQuestion {
  return { key: newKey(), text, kind };
}

/** A new template starts with the one question every template needs. */
export function emptyDraft(): Draft {
  return { name: '', questions: [newQuestion('GRADE')] };
}

export function draftOf(t: Template): Draft {
  return { name: t.name, questions: [...t.questions].sort((a, b) => a.position - b.position).map((q) => newQuestion(q.kind, q.text)) };
}

/** What is sent: exactly what was typed, in the order shown. */
export function toInput(d: Draft): TemplateInput {
  return { name: d.name, questions: d.questions.map(({ text, kind }) => ({ text, kind })) };
}

/** Moves the question at `index` by `delta` places; a move past either end leaves the list as it is. */
export function moveQuestion(qs: readonly DraftQuestion[], index: number, delta: number): DraftQuestion[] {
  const to = index + delta;
  if (index < 0 || index >= qs.length || to < 0 || to >= qs.length) return [...qs];
  const next = [...qs];
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved!);
  return next;
}

export function removeQuestion(qs: readonly DraftQuestion[], key: string): DraftQuestion[] {
  return qs.filter((q) => q.key !== key);
}

export function updateQuestion(qs: readonly DraftQuestion[], key: string, patch: Partial<Omit<DraftQuestion, 'key'>>): DraftQuestion[] {
  return qs.map((q) => (q.key === key ? { ...q, ...patch } : q));
}

/** Kinds that may still be added: NPS only while the template has fewer than the rules allow. */
export function addableKinds(qs: readonly DraftQuestion[], kinds: readonly QuestionKind[]): QuestionKind[] {
  if (qs.length >= QUESTIONS_MAX) return [];
  const nps = qs.filter((q) => q.kind === 'NPS').length;
  return kinds.filter((k) => k !== 'NPS' || nps < MAX_NPS_QUESTIONS);
}

export interface DraftErrors {
  name?: string;
  /** About the list as a whole (kinds, count). */
  questions?: string;
  /** By question key. */
  question: Record<string, string>;
}

export function hasErrors(e: DraftErrors): boolean {
  return !!e.name || !!e.questions || Object.keys(e.question).length > 0;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Every problem at once, each a sentence that says what to do. */
export function validateDraft(d: Draft): DraftErrors {
  const errors: DraftErrors = { question: {} };
  if (!d.name.trim()) errors.name = 'Give the template a name.';
  else if (d.name.length > NAME_MAX) errors.name = `The name has ${d.name.length} characters; shorten it to at most ${NAME_MAX}.`;

  d.questions.forEach((q, i) => {
    if (!q.text.trim()) errors.question[q.key] = `Write the text of question ${i + 1}, or remove it.`;
    else if (q.text.length > QUESTION_TEXT_MAX)
      errors.question[q.key] = `Question ${i + 1} has ${q.text.length} characters; shorten it to at most ${QUESTION_TEXT_MAX}.`;
  });

  const grades = d.questions.filter((q) => q.kind === 'GRADE').length;
  const nps = d.questions.filter((q) => q.kind === 'NPS').length;
  if (d.questions.length === 0) errors.questions = 'Add at least one question.';
  else if (d.questions.length > QUESTIONS_MAX)
    errors.questions = `A template has at most ${QUESTIONS_MAX} questions; remove ${d.questions.length - QUESTIONS_MAX}.`;
  else if (grades < MIN_GRADE_QUESTIONS)
    errors.questions = `A template needs at least ${plural(MIN_GRADE_QUESTIONS, 'grade question')}: add one or change a question's kind to Grade.`;
  else if (nps > MAX_NPS_QUESTIONS) errors.questions = `A template may ask at most ${plural(MAX_NPS_QUESTIONS, 'NPS question')}: change or remove the others.`;
  return errors;
}

/**
 * Places a 422's field errors: `name`, `questions`, and `questions[2].text` (the third question, whatever
 * prefix the server puts before it). Anything else is returned as unplaced.
 */
export function serverErrors(d: Draft, problems: readonly FieldProblem[]): { errors: DraftErrors; unplaced: string[] } {
  const errors: DraftErrors = { question: {} };
  const unplaced: string[] = [];
  const join = (a: string | undefined, b: string) => (a ? `${a} ${b}` : b);
  for (const { field, message } of problems) {
    const item = /(?:^|\.)questions\[(\d+)\](?:\.\w+)?$/.exec(field);
    const q = item ? d.questions[Number(item[1])] : undefined;
    if (q) errors.question[q.key] = join(errors.question[q.key], message);
    else if (/(?:^|\.)name$/.test(field)) errors.name = join(errors.name, message);
    else if (/(?:^|\.)questions$/.test(field)) errors.questions = join(errors.questions, message);
    else unplaced.push(field ? `${field}: ${message}` : message);
  }
  return { errors, unplaced };
}

/** "3 questions: 2 grade, 1 NPS" */
export function questionSummary(qs: readonly { kind: QuestionKind }[]): string {
  const count = (k: QuestionKind) => qs.filter((q) => q.kind === k).length;
  const parts = (['GRADE', 'NPS', 'TEXT'] as const).filter((k) => count(k) > 0).map((k) => `${count(k)} ${KIND_COUNTED[k]}`);
  return `${plural(qs.length, 'question')}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}
