import { rules } from '../../api/rules';
import { checkNumber, readNumber, type NumberValue } from '../../components/number-check';
import { isoDate } from '../../components/format';
import { tooLong } from '../../components/text-check';
import type { BuyingRole, Contact, ContactInput, ContactPatch, PreferredChannel, Stance } from './api';

/** The server's limits on a contact's fields. */
export const LIMITS = rules.limits.ContactInput;

/** What the inputs hold: strings for text, what the number field holds ('' when empty), null for an empty choice. */
export interface ContactFormValues {
  [key: string]: unknown;
  name: string;
  title: string;
  email: string;
  phone: string;
  businessUnitId: string | null;
  buyingRole: BuyingRole | null;
  influence: NumberValue;
  stance: Stance | null;
  preferredChannel: PreferredChannel | null;
  preferredLanguage: string | null;
  reportsToId: string | null;
  relationshipOwnerId: string | null;
  leftCompanyOn: string | null;
  externalId: string;
}

/** Form field names; they are the API's JSON property names, so server errors map one to one. */
export const CONTACT_FIELDS = [
  'name',
  'title',
  'email',
  'phone',
  'businessUnitId',
  'buyingRole',
  'influence',
  'stance',
  'preferredChannel',
  'preferredLanguage',
  'reportsToId',
  'relationshipOwnerId',
  'leftCompanyOn',
  'externalId',
] as const;

export function emptyContactValues(prefill: Partial<Pick<ContactFormValues, 'businessUnitId' | 'reportsToId' | 'name' | 'title'>> = {}): ContactFormValues {
  return {
    name: prefill.name ?? '',
    title: prefill.title ?? '',
    email: '',
    phone: '',
    businessUnitId: prefill.businessUnitId ?? null,
    buyingRole: null,
    influence: '',
    stance: null,
    preferredChannel: null,
    preferredLanguage: null,
    reportsToId: prefill.reportsToId ?? null,
    relationshipOwnerId: null,
    leftCompanyOn: null,
    externalId: '',
  };
}

export function contactToValues(c: Contact): ContactFormValues {
  return {
    name: c.name,
    title: c.title ?? '',
    email: c.email ?? '',
    phone: c.phone ?? '',
    businessUnitId: c.businessUnitId ?? null,
    buyingRole: c.buyingRole ?? null,
    influence: c.influence ?? '',
    stance: c.stance ?? null,
    preferredChannel: c.preferredChannel ?? null,
    preferredLanguage: c.preferredLanguage ?? null,
    reportsToId: c.reportsToId ?? null,
    relationshipOwnerId: c.relationshipOwnerId ?? null,
    leftCompanyOn: c.leftCompanyOn ?? null,
    externalId: c.externalId ?? '',
  };
}

const text = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** The JSON value each form field stands for (null = no value). */
function wire(v: ContactFormValues) {
  return {
    name: v.name.trim(),
    title: text(v.title),
    email: text(v.email),
    phone: text(v.phone),
    businessUnitId: v.businessUnitId || null,
    buyingRole: v.buyingRole || null,
    influence: readNumber(v.influence),
    stance: v.stance || null,
    preferredChannel: v.preferredChannel || null,
    preferredLanguage: v.preferredLanguage || null,
    reportsToId: v.reportsToId || null,
    relationshipOwnerId: v.relationshipOwnerId || null,
    leftCompanyOn: v.leftCompanyOn || null,
    externalId: text(v.externalId),
  };
}

/** The body of a create: empty fields are left out. */
export function toContactInput(v: ContactFormValues): ContactInput {
  const body: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(wire(v))) {
    if (value !== null) body[k] = value;
  }
  return body as ContactInput;
}

/**
 * A JSON merge patch (RFC 7396) with only what changed: cleared fields become null, untouched fields are left
 * out so they cannot overwrite someone else's edit.
 */
export function toContactPatch(initial: ContactFormValues, current: ContactFormValues): ContactPatch {
  const before = wire(initial);
  const after = wire(current);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (before[key] !== after[key]) patch[key] = after[key];
  }
  return patch as ContactPatch;
}

// The browser's own check for type="email" (WHATWG), so what the form lets through is what the server takes.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
const PHONE = /^\+?[0-9][0-9 ()./-]*$/;

type Errors = Partial<Record<keyof ContactFormValues, string>>;

/**
 * The client-side checks, every field at once; the server has the last word and its messages show the same way.
 * `contactId` is the contact being edited (it cannot report to itself).
 */
export function validateContact(v: ContactFormValues, contactId?: string, today = isoDate()): Errors {
  const e: Errors = {};
  const name = v.name.trim();
  if (!name) e.name = 'Enter the person’s name.';
  else e.name = tooLong(name, LIMITS.name.maxLength);
  e.title = tooLong(v.title.trim(), LIMITS.title.maxLength);
  const email = v.email.trim();
  if (email && !EMAIL.test(email)) e.email = 'Enter an email address like jordan.lee@example.com, or leave it empty.';
  else e.email = tooLong(email, LIMITS.email.maxLength);
  const phone = v.phone.trim();
  if (phone && !PHONE.test(phone)) e.phone = 'Enter a phone number of digits, spaces and + ( ) - . / only, such as +49 30 1234567.';
  else e.phone = tooLong(phone, LIMITS.phone.maxLength);
  const influence = checkNumber(v.influence, LIMITS.influence);
  if (influence) e.influence = `${influence} 1 is little, 5 decisive; leave it empty if you do not know.`;
  e.externalId = tooLong(v.externalId, LIMITS.externalId.maxLength);
  if (contactId && v.reportsToId === contactId) e.reportsToId = 'A person cannot report to themselves; pick someone else or leave it empty.';
  if (v.leftCompanyOn && v.leftCompanyOn > today) e.leftCompanyOn = 'Enter the day they left, today or earlier; leave it empty while they are still there.';
  for (const k of Object.keys(e) as (keyof Errors)[]) if (e[k] === undefined) delete e[k];
  return e;
}
