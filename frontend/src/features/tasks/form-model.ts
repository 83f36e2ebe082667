import { rules } from '../../api/rules';
import type { Task, TaskInput, TaskPatch } from './api';

const TITLE = rules.limits.TaskInput.title;

/** The task form's values: exactly what the person typed or picked. */
export interface TaskValues {
  [key: string]: unknown;
  title: string;
  accountId: string | null;
  assigneeId: string | null;
  dueDate: string | null;
  contactId: string | null;
  opportunityId: string | null;
  qbrId: string | null;
}

export const TASK_FIELDS = ['title', 'accountId', 'assigneeId', 'dueDate', 'contactId', 'opportunityId', 'qbrId'] as const;

export function emptyTaskValues(defaults: Partial<TaskValues> = {}): TaskValues {
  return { title: '', accountId: null, assigneeId: null, dueDate: null, contactId: null, opportunityId: null, qbrId: null, ...defaults };
}

export function taskToValues(t: Task): TaskValues {
  return {
    title: t.title,
    accountId: t.accountId,
    assigneeId: t.assigneeId,
    dueDate: t.dueDate,
    contactId: t.contactId ?? null,
    opportunityId: t.opportunityId ?? null,
    qbrId: t.qbrId ?? null,
  };
}

/** The checks the server makes that the form can make first; `today` as YYYY-MM-DD. */
export function validateTask(v: TaskValues, today: string, dueChanged = true): Partial<Record<string, string>> {
  const e: Partial<Record<string, string>> = {};
  const title = v.title.trim();
  if (!title) e.title = 'Say what needs doing.';
  else if (title.length > TITLE.maxLength) e.title = `Keep the title to ${TITLE.maxLength} characters; it has ${title.length}.`;
  if (!v.accountId) e.accountId = 'Choose the account the task is about.';
  if (!v.assigneeId) e.assigneeId = 'Choose who does it.';
  if (!v.dueDate) e.dueDate = 'Pick the day it is due.';
  else if (dueChanged && v.dueDate < today) e.dueDate = `Choose today (${today}) or a later day as the due date.`;
  return e;
}

export function toTaskInput(v: TaskValues): TaskInput {
  return {
    title: v.title.trim(),
    accountId: v.accountId ?? '',
    assigneeId: v.assigneeId ?? '',
    dueDate: v.dueDate ?? '',
    contactId: v.contactId,
    opportunityId: v.opportunityId,
    qbrId: v.qbrId,
  };
}

/** Only what changed, for a merge patch; the account never changes. */
export function toTaskPatch(initial: TaskValues, v: TaskValues): TaskPatch {
  const patch: TaskPatch = {};
  if (v.title.trim() !== initial.title.trim()) patch.title = v.title.trim();
  if (v.assigneeId !== initial.assigneeId && v.assigneeId) patch.assigneeId = v.assigneeId;
  if (v.dueDate !== initial.dueDate && v.dueDate) patch.dueDate = v.dueDate;
  if (v.contactId !== initial.contactId) patch.contactId = v.contactId;
  if (v.opportunityId !== initial.opportunityId) patch.opportunityId = v.opportunityId;
  if (v.qbrId !== initial.qbrId) patch.qbrId = v.qbrId;
  return patch;
}
