import type { CompellingEventType, Opportunity, OpportunityInput, OpportunityPatch, OpportunityType, Stage } from './model';
import { rules } from '../../api/rules';
import { checkNumber, readNumber, type NumberValue } from '../../components/number-check';
import { isoDate } from '../../components/format';

/** What the inputs hold: strings for text, what the number field holds ('' when empty), null for an empty choice. */
export interface OpportunityFormValues {
  [key: string]: unknown;
  accountId: string | null;
  type: OpportunityType;
  title: string;
  product: string;
  amount: NumberValue;
  /** Only when creating: later the stage moves through its own actions. */
  stage: Stage;
  /** '' = the stage's default probability. */
  probability: NumberValue;
  expectedCloseDate: string | null;
  /** null = the account's owner. */
  ownerId: string | null;
  nextStep: string;
  /** The account event the opportunity is created from; its type, date and description are then shown, not edited. */
  compellingEventId: string | null;
  compellingEvent: {
    /** null = not born from a compelling event. */
    type: CompellingEventType | null;
    occurredOn: string | null;
    description: string;
  };
}

/** Form field names; they are the API's JSON property paths, so server errors map one to one. */
export const OPPORTUNITY_FIELDS = [
  'accountId',
  'type',
  'title',
  'product',
  'amount',
  'stage',
  'probability',
  'expectedCloseDate',
  'ownerId',
  'nextStep',
  'compellingEvent',
  'compellingEvent.type',
  'compellingEvent.occurredOn',
  'compellingEvent.description',
] as const;

const { title, product, nextStep } = rules.limits.OpportunityInput;
export const TITLE_MAX = title.maxLength;
export const PRODUCT_MAX = product.maxLength;
export const NEXT_STEP_MAX = nextStep.maxLength;
export const EVENT_DESCRIPTION_MAX = rules.limits.CompellingEvent.description.maxLength;

export function emptyOpportunityValues(
  prefill: Partial<Pick<OpportunityFormValues, 'accountId' | 'type' | 'compellingEventId' | 'compellingEvent' | 'title'>> = {},
): OpportunityFormValues {
  return {
    accountId: prefill.accountId ?? null,
    type: prefill.type ?? 'UPSELL',
    title: prefill.title ?? '',
    product: '',
    amount: '',
    stage: 'IDENTIFIED',
    probability: '',
    expectedCloseDate: null,
    ownerId: null,
    nextStep: '',
    compellingEventId: prefill.compellingEventId ?? null,
    compellingEvent: prefill.compellingEvent ?? { type: null, occurredOn: null, description: '' },
  };
}

export function opportunityToValues(o: Opportunity): OpportunityFormValues {
  return {
    accountId: o.accountId,
    type: o.type,
    title: o.title,
    product: o.product ?? '',
    amount: o.amount,
    stage: o.stage,
    probability: o.probability,
    expectedCloseDate: o.expectedCloseDate,
    ownerId: o.ownerId ?? null,
    nextStep: o.nextStep ?? '',
    compellingEventId: o.compellingEventId ?? null,
    compellingEvent: {
      type: o.compellingEvent?.type ?? null,
      occurredOn: o.compellingEvent?.occurredOn ?? null,
      description: o.compellingEvent?.description ?? '',
    },
  };
}

const text = (s: string): string | null => (s.trim() === '' ? null : s.trim());

function wireEvent(v: OpportunityFormValues): OpportunityInput['compellingEvent'] {
  const e = v.compellingEvent;
  if (!e.type) return null;
  return {
    type: e.type,
    ...(e.occurredOn ? { occurredOn: e.occurredOn } : {}),
    ...(text(e.description) ? { description: text(e.description) } : {}),
  };
}

export function toOpportunityInput(v: OpportunityFormValues): OpportunityInput {
  const body: OpportunityInput = {
    accountId: v.accountId ?? '',
    type: v.type,
    title: v.title.trim(),
    amount: readNumber(v.amount) ?? 0,
    stage: v.stage,
    expectedCloseDate: v.expectedCloseDate ?? '',
  };
  if (text(v.product)) body.product = text(v.product);
  const probability = readNumber(v.probability);
  if (probability !== null) body.probability = probability;
  if (v.ownerId) body.ownerId = v.ownerId;
  if (text(v.nextStep)) body.nextStep = text(v.nextStep);
  if (v.compellingEventId) {
    body.compellingEventId = v.compellingEventId;
    return body;
  }
  const event = wireEvent(v);
  if (event) body.compellingEvent = event;
  return body;
}

function sameEvent(a: OpportunityInput['compellingEvent'], b: OpportunityInput['compellingEvent']): boolean {
  return (
    (a?.type ?? null) === (b?.type ?? null) && (a?.occurredOn ?? null) === (b?.occurredOn ?? null) && (a?.description ?? null) === (b?.description ?? null)
  );
}

/**
 * A JSON merge patch with only what changed. The compelling event is sent whole (or null to
 * remove it), so a partial change never leaves a mix of old and new values.
 */
export function toOpportunityPatch(initial: OpportunityFormValues, current: OpportunityFormValues): OpportunityPatch {
  const patch: OpportunityPatch = {};
  if (initial.type !== current.type) patch.type = current.type;
  if (initial.title.trim() !== current.title.trim()) patch.title = current.title.trim();
  if (text(initial.product) !== text(current.product)) patch.product = text(current.product);
  const amount = readNumber(current.amount);
  if (readNumber(initial.amount) !== amount && amount !== null) patch.amount = amount;
  const probability = readNumber(current.probability);
  if (readNumber(initial.probability) !== probability) patch.probability = probability;
  if (initial.expectedCloseDate !== current.expectedCloseDate && current.expectedCloseDate) patch.expectedCloseDate = current.expectedCloseDate;
  if ((initial.ownerId ?? null) !== (current.ownerId ?? null)) patch.ownerId = current.ownerId ?? null;
  if (text(initial.nextStep) !== text(current.nextStep)) patch.nextStep = text(current.nextStep);
  const before = wireEvent(initial);
  const after = wireEvent(current);
  if (!sameEvent(before, after)) patch.compellingEvent = after ?? null;
  return patch;
}

type Errors = Partial<Record<string, string>>;

const LIMITS = rules.limits.OpportunityInput;

/**
 * The client-side checks, every field at once; the server has the last word and its messages show the same way.
 * An open opportunity's close date may not be in the past, unless it is the date already stored (`storedCloseDate`)
 * and left as it is.
 */
export function validateOpportunity(v: OpportunityFormValues, storedCloseDate: string | null = null, today = isoDate()): Errors {
  const e: Errors = {};
  if (!v.accountId) e.accountId = 'Pick the account this opportunity is with.';
  const title = v.title.trim();
  if (!title) e.title = 'Give the opportunity a title.';
  else if (title.length > TITLE_MAX) e.title = `Use at most ${TITLE_MAX} characters (now ${title.length}).`;
  if (v.product.trim().length > PRODUCT_MAX) e.product = `Use at most ${PRODUCT_MAX} characters.`;
  const amount = checkNumber(v.amount, LIMITS.amount, 'Enter the amount.');
  if (amount) e.amount = amount;
  const probability = checkNumber(v.probability, LIMITS.probability);
  if (probability) e.probability = `${probability} Leave it empty for the stage default.`;
  if (!v.expectedCloseDate) e.expectedCloseDate = 'Enter when you expect it to close.';
  else if (v.expectedCloseDate < today && v.expectedCloseDate !== storedCloseDate)
    e.expectedCloseDate = 'Choose today or a later date: an open opportunity cannot close in the past.';
  if (v.nextStep.trim().length > NEXT_STEP_MAX) e.nextStep = `Use at most ${NEXT_STEP_MAX} characters.`;
  const ev = v.compellingEvent;
  if (!ev.type && (ev.occurredOn || ev.description.trim())) e['compellingEvent.type'] = 'Pick what happened, or clear the date and description.';
  if (ev.description.trim().length > EVENT_DESCRIPTION_MAX) e['compellingEvent.description'] = `Use at most ${EVENT_DESCRIPTION_MAX} characters.`;
  return e;
}
