import dayjs from 'dayjs';
import { rules } from '../../api/rules';
import { activityTypeValues } from '../../api/schema';
import type { Activity, ActivityInput, ActivityType, TimelineEntry } from './api';

export const LIMITS = rules.limits.ActivityInput;
/** The timeline's kinds today, from rules.json; the server may send others later (shown by their title). */
export const TIMELINE_KINDS: readonly string[] = rules.timeline.kinds;

const KIND_LABELS: Record<string, string> = {
  ACTIVITY: 'Activities',
  QBR: 'QBRs',
  FOLLOW_UP: 'Follow-ups',
  STAGE_CHANGE: 'Stage changes',
  TIER_CHANGE: 'Tier changes',
  HANDOFF: 'Handoffs',
  OWNER_CHANGE: 'Owner changes',
  EVENT: 'Events',
  TASK: 'Tasks done',
};

const KIND_SINGULAR: Record<string, string> = {
  ACTIVITY: 'Activity',
  QBR: 'QBR',
  FOLLOW_UP: 'Follow-up',
  STAGE_CHANGE: 'Stage change',
  TIER_CHANGE: 'Tier change',
  HANDOFF: 'Handoff',
  OWNER_CHANGE: 'Owner change',
  EVENT: 'Event',
  TASK: 'Task done',
};

/** One entry's kind: "STAGE_CHANGE" -> "Stage change"; an unknown kind as the API names it. */
export function entryLabel(kind: string): string {
  return KIND_SINGULAR[kind] ?? kind.charAt(0) + kind.slice(1).toLowerCase().replaceAll('_', ' ');
}

/** "STAGE_CHANGE" -> "Stage changes"; a kind the screen does not know yet is shown as the API names it. */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind.charAt(0) + kind.slice(1).toLowerCase().replaceAll('_', ' ');
}

const TYPE_LABELS: Record<ActivityType, string> = {
  CALL: 'Call',
  MEETING: 'Meeting',
  EMAIL: 'E-mail',
  NOTE: 'Note',
  VISIT: 'Visit',
  WORKSHOP: 'Workshop',
};

export const activityTypeOptions = activityTypeValues.map((t) => ({ value: t, label: TYPE_LABELS[t] }));

export function typeLabel(type: string): string {
  return TYPE_LABELS[type as ActivityType] ?? type;
}

export interface ActivityFormValues extends Record<string, unknown> {
  type: ActivityType;
  /** As the datetime-local input holds it: local time, minutes. */
  occurredAt: string;
  contactIds: string[];
  summary: string;
  body: string;
}

export const ACTIVITY_FIELDS = ['type', 'occurredAt', 'contactIds', 'summary', 'body'] as const;

const LOCAL_MINUTES = 'YYYY-MM-DDTHH:mm';

export function emptyActivityValues(now: Date = new Date()): ActivityFormValues {
  return { type: 'CALL', occurredAt: dayjs(now).format(LOCAL_MINUTES), contactIds: [], summary: '', body: '' };
}

export function activityToValues(a: Activity): ActivityFormValues {
  return { type: a.type, occurredAt: dayjs(a.occurredAt).format(LOCAL_MINUTES), contactIds: [...a.contactIds], summary: a.summary, body: a.body ?? '' };
}

/** Whole-sentence problems the form can see before asking; the server checks again (and the contacts' account). */
export function validateActivity(v: ActivityFormValues, now: Date = new Date()): Record<string, string> {
  const errors: Record<string, string> = {};
  const when = dayjs(v.occurredAt);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v.occurredAt) || !when.isValid()) errors.occurredAt = 'Enter when it happened: a date and a time.';
  else if (when.isAfter(dayjs(now))) errors.occurredAt = 'Enter when it happened, now or earlier: an activity cannot be logged in the future.';
  const summary = v.summary.trim();
  if (!summary) errors.summary = 'Enter a summary: it is required.';
  else if (summary.length > LIMITS.summary.maxLength) errors.summary = `Shorten the summary to ${LIMITS.summary.maxLength} characters or fewer.`;
  if (v.body.length > LIMITS.body.maxLength) errors.body = `Shorten the notes to ${LIMITS.body.maxLength} characters or fewer.`;
  if (v.contactIds.length > LIMITS.contactIds.maxItems) errors.contactIds = `Choose at most ${LIMITS.contactIds.maxItems} contacts.`;
  return errors;
}

export function toActivityInput(v: ActivityFormValues): ActivityInput {
  return {
    type: v.type,
    occurredAt: dayjs(v.occurredAt).toISOString(),
    summary: v.summary.trim(),
    body: v.body.trim() ? v.body : null,
    contactIds: v.contactIds,
  };
}

/** Only what changed, as a merge patch. */
export function toActivityPatch(initial: ActivityFormValues, values: ActivityFormValues): Partial<ActivityInput> {
  const before = toActivityInput(initial);
  const after = toActivityInput(values);
  const patch: Partial<ActivityInput> = {};
  if (before.type !== after.type) patch.type = after.type;
  if (initial.occurredAt !== values.occurredAt) patch.occurredAt = after.occurredAt;
  if (before.summary !== after.summary) patch.summary = after.summary;
  if ((before.body ?? null) !== (after.body ?? null)) patch.body = after.body ?? null;
  const sameContacts = before.contactIds?.length === after.contactIds?.length && (after.contactIds ?? []).every((id) => before.contactIds?.includes(id));
  if (!sameContacts) patch.contactIds = after.contactIds ?? [];
  return patch;
}

/** The author of an activity entry (null for other kinds). */
export function authorOf(entry: TimelineEntry): string | null {
  const id = (entry.detail as Record<string, unknown>).authorId;
  return typeof id === 'string' ? id : null;
}

/** The contacts an activity entry names, by name. */
export function contactsOf(entry: TimelineEntry): { id: string; name: string }[] {
  const contacts = (entry.detail as Record<string, unknown>).contacts;
  return Array.isArray(contacts) ? (contacts as { id: string; name: string }[]) : [];
}
