import { rules } from '../../api/rules';
import { compellingEventTypeValues } from '../../api/schema';
import { EVENT_LABEL } from '../opportunities/model';
import type { EventInput, EventPatch, EventStatus, EventType } from './api';

export { EVENT_LABEL };

export const STATUS_LABEL: Record<EventStatus, string> = {
  NEW: 'To review',
  REVIEWED: 'Reviewed',
  OPPORTUNITY_CREATED: 'Opportunity created',
  NO_ACTION: 'No action',
};

export const STATUS_COLOR: Record<EventStatus, string> = { NEW: 'blue', REVIEWED: 'teal', OPPORTUNITY_CREATED: 'green', NO_ACTION: 'gray' };

export const eventTypeOptions = compellingEventTypeValues.map((t) => ({ value: t, label: EVENT_LABEL[t] }));

const LIMITS = rules.limits.EventInput;
export const DESCRIPTION_MAX = LIMITS.description.maxLength;
export const NOTE_MAX = LIMITS.reviewNote.maxLength;
/** Review deadlines, from the rule's home on the server (accountevent/ReviewDeadline). */
export const REVIEW_DAYS = rules.events.reviewDays;
export const STANDARD_REVIEW_DAYS = rules.events.standardReviewDays;

export interface EventFormValues {
  [key: string]: unknown;
  type: EventType | null;
  occurredOn: string | null;
  description: string;
  contactId: string | null;
}

export const EVENT_FIELDS = ['type', 'occurredOn', 'description', 'contactId', 'status', 'reviewNote'] as const;

export const emptyEventValues = (): EventFormValues => ({ type: null, occurredOn: null, description: '', contactId: null });

const text = (s: string): string | null => (s.trim() === '' ? null : s.trim());

export function toEventInput(v: EventFormValues): EventInput {
  const body: EventInput = { type: v.type ?? 'OTHER', occurredOn: v.occurredOn ?? '' };
  if (text(v.description)) body.description = text(v.description);
  if (v.contactId) body.contactId = v.contactId;
  return body;
}

export function validateEvent(v: EventFormValues): Partial<Record<string, string>> {
  const e: Partial<Record<string, string>> = {};
  if (!v.type) e.type = 'Pick what happened.';
  if (!v.occurredOn) e.occurredOn = 'Enter when it happened.';
  if (v.description.trim().length > DESCRIPTION_MAX) e.description = `Use at most ${DESCRIPTION_MAX} characters.`;
  return e;
}

export interface ReviewValues {
  [key: string]: unknown;
  status: 'REVIEWED' | 'NO_ACTION';
  reviewNote: string;
}

export function validateReview(v: ReviewValues): Partial<Record<string, string>> {
  const e: Partial<Record<string, string>> = {};
  const note = v.reviewNote.trim();
  if (v.status === 'NO_ACTION' && !note) e.reviewNote = 'Say why nothing will be done: “No action” needs a note.';
  if (note.length > NOTE_MAX) e.reviewNote = `Use at most ${NOTE_MAX} characters.`;
  return e;
}

export function toReviewPatch(v: ReviewValues): EventPatch {
  return { status: v.status, reviewNote: text(v.reviewNote) };
}

/** The days an event on an account of this tier has to be reviewed in. */
export const reviewDays = (tier: string | null | undefined): number => (tier === 'STANDARD' ? STANDARD_REVIEW_DAYS : REVIEW_DAYS);
