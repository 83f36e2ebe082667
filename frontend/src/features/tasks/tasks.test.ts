import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../api/rules';
import { dueBefore, emptyTaskFilters, filtersFromSearchParams, filtersToSearchParams, taskListQuery } from './filters';
import { emptyTaskValues, toTaskInput, toTaskPatch, validateTask } from './form-model';

const TODAY = dayjs('2027-03-10');

describe('task filters', () => {
  it('default to my open tasks and keep links short', () => {
    expect(filtersFromSearchParams(new URLSearchParams())).toEqual(emptyTaskFilters);
    expect(filtersToSearchParams(emptyTaskFilters).toString()).toBe('');
  });

  it('read and write everyone, any status, done, a due window and an account', () => {
    const f = filtersFromSearchParams(new URLSearchParams('who=everyone&status=any&due=overdue&accountId=a1'));
    expect(f).toEqual({ mine: false, assigneeId: [], accountId: ['a1'], status: [], due: 'overdue' });
    expect(filtersToSearchParams(f).toString()).toBe('who=everyone&accountId=a1&status=any&due=overdue');
    expect(filtersFromSearchParams(new URLSearchParams('status=DONE&status=LATER&due=someday'))).toMatchObject({ status: ['DONE'], due: '' });
  });

  it('turn a due window into the day before which tasks are due', () => {
    expect(dueBefore('overdue', TODAY)).toBe('2027-03-10');
    expect(dueBefore('today', TODAY)).toBe('2027-03-11');
    expect(dueBefore('week', TODAY)).toBe('2027-03-17');
    expect(dueBefore('', TODAY)).toBeUndefined();
    expect(taskListQuery({ ...emptyTaskFilters, assigneeId: ['u1'], due: 'today' }, 'c2', 50, TODAY)).toEqual({
      assigneeId: ['u1'],
      status: ['OPEN'],
      dueBefore: '2027-03-11',
      sort: 'dueDate',
      cursor: 'c2',
      limit: 50,
    });
  });
});

describe('task form', () => {
  const valid = emptyTaskValues({ title: ' Call back ', accountId: 'a1', assigneeId: 'u1', dueDate: '2027-03-10' });

  it('asks for what the server needs, in whole sentences, and refuses a past due date', () => {
    expect(validateTask(emptyTaskValues(), '2027-03-10')).toEqual({
      title: 'Say what needs doing.',
      accountId: 'Choose the account the task is about.',
      assigneeId: 'Choose who does it.',
      dueDate: 'Pick the day it is due.',
    });
    expect(validateTask({ ...valid, dueDate: '2027-03-09' }, '2027-03-10').dueDate).toBe('Choose today (2027-03-10) or a later day as the due date.');
    // An overdue task whose date is left alone may still be saved.
    expect(validateTask({ ...valid, dueDate: '2027-03-09' }, '2027-03-10', false)).toEqual({});
    const max = rules.limits.TaskInput.title.maxLength;
    expect(validateTask({ ...valid, title: 'x'.repeat(max + 1) }, '2027-03-10').title).toBe(`Keep the title to ${max} characters; it has ${max + 1}.`);
  });

  it('sends what was typed, trimmed, and patches only what changed', () => {
    expect(toTaskInput(valid)).toEqual({
      title: 'Call back',
      accountId: 'a1',
      assigneeId: 'u1',
      dueDate: '2027-03-10',
      contactId: null,
      opportunityId: null,
      qbrId: null,
    });
    expect(toTaskPatch(valid, { ...valid, dueDate: '2027-03-12', contactId: 'c1' })).toEqual({ dueDate: '2027-03-12', contactId: 'c1' });
    expect(toTaskPatch(valid, { ...valid, opportunityId: null })).toEqual({});
  });
});
