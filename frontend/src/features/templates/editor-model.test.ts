import { describe, expect, it } from 'vitest';
import { questionKindValues } from '../../api/schema';
import type { Template } from './api';
import {
  addableKinds,
  draftOf,
  emptyDraft,
  hasErrors,
  moveQuestion,
  newQuestion,
  QUESTION_TEXT_MAX,
  QUESTIONS_MAX,
  questionSummary,
  removeQuestion,
  serverErrors,
  toInput,
  updateQuestion,
  validateDraft,
  type Draft,
} from './editor-model';

const draft = (...qs: [string, 'GRADE' | 'NPS' | 'TEXT'][]): Draft => ({ name: 'Strategic QBR', questions: qs.map(([t, k]) => newQuestion(k, t)) });

describe('template editor model', () => {
  it('starts a new template with one grade question', () => {
    const d = emptyDraft();
    expect(d.questions.map((q) => q.kind)).toEqual(['GRADE']);
    expect(validateDraft({ ...d, name: 'x', questions: [{ ...d.questions[0]!, text: 'How do we do?' }] })).toEqual({ question: {} });
  });

  it('orders a template by position and sends exactly what was typed, in the order shown', () => {
    const t = {
      name: '  Spaced name ',
      questions: [
        { id: 'b', position: 2, text: 'Second ', kind: 'TEXT' },
        { id: 'a', position: 1, text: 'First', kind: 'GRADE' },
      ],
    } as Template;
    expect(toInput(draftOf(t))).toEqual({
      name: '  Spaced name ',
      questions: [
        { text: 'First', kind: 'GRADE' },
        { text: 'Second ', kind: 'TEXT' },
      ],
    });
  });

  it('moves questions up and down and keeps each one’s identity', () => {
    const d = draft(['a', 'GRADE'], ['b', 'NPS'], ['c', 'TEXT']);
    const keys = d.questions.map((q) => q.key);
    const down = moveQuestion(d.questions, 0, 1);
    expect(down.map((q) => q.text)).toEqual(['b', 'a', 'c']);
    expect(down.map((q) => q.key)).toEqual([keys[1], keys[0], keys[2]]);
    expect(moveQuestion(down, 2, -2).map((q) => q.text)).toEqual(['c', 'b', 'a']);
    // Past either end nothing moves.
    expect(moveQuestion(d.questions, 0, -1).map((q) => q.text)).toEqual(['a', 'b', 'c']);
    expect(moveQuestion(d.questions, 2, 1).map((q) => q.text)).toEqual(['a', 'b', 'c']);
    expect(removeQuestion(d.questions, keys[1]!).map((q) => q.text)).toEqual(['a', 'c']);
    expect(updateQuestion(d.questions, keys[2]!, { kind: 'GRADE' }).map((q) => q.kind)).toEqual(['GRADE', 'NPS', 'GRADE']);
  });

  it('flags every problem at once, each as a sentence', () => {
    const d: Draft = { name: '   ', questions: [newQuestion('TEXT', ''), newQuestion('NPS', 'x'.repeat(QUESTION_TEXT_MAX + 1))] };
    const e = validateDraft(d);
    expect(e.name).toBe('Give the template a name.');
    expect(e.question[d.questions[0]!.key]).toBe('Write the text of question 1, or remove it.');
    expect(e.question[d.questions[1]!.key]).toBe(`Question 2 has ${QUESTION_TEXT_MAX + 1} characters; shorten it to at most ${QUESTION_TEXT_MAX}.`);
    expect(e.questions).toMatch(/^A template needs at least 1 grade question: add one/);
    expect(hasErrors(e)).toBe(true);
  });

  it('accepts text of exactly the limit and refuses a second NPS question', () => {
    expect(validateDraft(draft(['x'.repeat(QUESTION_TEXT_MAX), 'GRADE']))).toEqual({ question: {} });
    expect(validateDraft(draft(['a', 'GRADE'], ['b', 'NPS'], ['c', 'NPS'])).questions).toBe(
      'A template may ask at most 1 NPS question: change or remove the others.',
    );
    expect(validateDraft({ name: 'x', questions: [] }).questions).toBe('Add at least one question.');
  });

  it('offers NPS only while there is none, and nothing past the most questions', () => {
    expect(addableKinds(draft(['a', 'GRADE']).questions, questionKindValues)).toEqual(['GRADE', 'NPS', 'TEXT']);
    expect(addableKinds(draft(['a', 'GRADE'], ['b', 'NPS']).questions, questionKindValues)).toEqual(['GRADE', 'TEXT']);
    const full = Array.from({ length: QUESTIONS_MAX }, (_, i) => newQuestion('GRADE', `q${i}`));
    expect(addableKinds(full, questionKindValues)).toEqual([]);
  });

  it('places the server’s field errors on the question they name', () => {
    const d = draft(['a', 'GRADE'], [' ', 'TEXT']);
    const { errors, unplaced } = serverErrors(d, [
      { field: 'questions[1].text', message: 'Write the question.' },
      { field: 'replace.input.name', message: 'Name it.' },
      { field: 'questions', message: 'A template needs at least one GRADE question: add one.' },
      { field: 'other', message: 'Odd.' },
    ]);
    expect(errors.question[d.questions[1]!.key]).toBe('Write the question.');
    expect(errors.name).toBe('Name it.');
    expect(errors.questions).toMatch(/GRADE/);
    expect(unplaced).toEqual(['other: Odd.']);
  });

  it('summarises questions by kind', () => {
    expect(questionSummary(draft(['a', 'GRADE'], ['b', 'GRADE'], ['c', 'NPS']).questions)).toBe('3 questions: 2 grade, 1 NPS');
    expect(questionSummary([{ kind: 'TEXT' }])).toBe('1 question: 1 text');
  });
});
