import { describe, expect, it } from 'vitest';
import { contactToValues, emptyContactValues, LIMITS, toContactInput, toContactPatch, validateContact, type ContactFormValues } from './form-model';
import type { Contact } from './api';

const values = (overrides: Partial<ContactFormValues> = {}): ContactFormValues => ({ ...emptyContactValues(), name: 'Jordan Lee', ...overrides });

const stored: Contact = {
  id: 'c1',
  accountId: 'a1',
  accountName: 'Acme',
  name: 'Jordan Lee',
  externalId: 'CRM-C-7',
  title: 'VP Operations',
  email: 'jordan@acme.example',
  phone: null,
  businessUnitId: 'u1',
  businessUnitName: 'Operations',
  buyingRole: 'DECISION_MAKER',
  influence: 4,
  stance: 'ALLY',
  preferredChannel: 'EMAIL',
  preferredLanguage: 'de',
  reportsToId: null,
  reportsToName: null,
  relationshipOwnerId: 'u9',
  relationshipOwnerName: 'Dana',
  leftCompanyOn: null,
  lastTouchAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
};

describe('validateContact', () => {
  it('needs a name and nothing else', () => {
    expect(validateContact(values())).toEqual({});
    expect(validateContact(values({ name: '   ' }))).toEqual({ name: 'Enter the person’s name.' });
  });

  it('says how long is too long instead of cutting the text', () => {
    const long = 'x'.repeat(LIMITS.name.maxLength + 1);
    expect(validateContact(values({ name: long, title: long })).name).toBe(`Use at most ${LIMITS.name.maxLength} characters (now ${long.length}).`);
    expect(validateContact(values({ title: long })).title).toMatch(/^Use at most \d+ characters/);
  });

  it('checks the email and phone only when given', () => {
    expect(validateContact(values({ email: 'not-an-email' })).email).toBe('Enter an email address like jordan.lee@example.com, or leave it empty.');
    expect(validateContact(values({ email: 'jordan@acme.example' })).email).toBeUndefined();
    expect(validateContact(values({ phone: 'call me' })).phone).toMatch(/^Enter a phone number of digits/);
    expect(validateContact(values({ phone: '+49 (30) 123-4567' })).phone).toBeUndefined();
  });

  it('takes influence 1 to 5 and says what else to enter', () => {
    expect(validateContact(values({ influence: 9 })).influence).toBe(
      'Enter a whole number from 1 to 5. 1 is little, 5 decisive; leave it empty if you do not know.',
    );
    expect(validateContact(values({ influence: 0 })).influence).toMatch(/from 1 to 5/);
    expect(validateContact(values({ influence: 2.5 })).influence).toMatch(/^Enter a whole number, without decimals/);
    expect(validateContact(values({ influence: 5 }))).toEqual({});
    expect(validateContact(values({ influence: '' }))).toEqual({});
  });

  it('names an external id over the limit instead of cutting it', () => {
    const long = 'x'.repeat(LIMITS.externalId.maxLength + 1);
    expect(validateContact(values({ externalId: long })).externalId).toBe(`Use at most ${LIMITS.externalId.maxLength} characters (now ${long.length}).`);
  });

  it('refuses reporting to oneself and a leaving day in the future', () => {
    expect(validateContact(values({ reportsToId: 'c1' }), 'c1').reportsToId).toMatch(/cannot report to themselves/);
    expect(validateContact(values({ leftCompanyOn: '2026-06-02' }), undefined, '2026-06-01').leftCompanyOn).toMatch(/today or earlier/);
    expect(validateContact(values({ leftCompanyOn: '2026-06-01' }), undefined, '2026-06-01')).toEqual({});
  });
});

describe('toContactInput', () => {
  it('sends what was filled in, trimmed, and leaves out the empty fields', () => {
    expect(toContactInput(values({ name: ' Jordan Lee ', email: ' j@acme.example ', influence: 3, buyingRole: 'CHAMPION', title: '  ' }))).toEqual({
      name: 'Jordan Lee',
      email: 'j@acme.example',
      influence: 3,
      buyingRole: 'CHAMPION',
    });
  });
});

describe('toContactPatch', () => {
  it('is empty when nothing changed', () => {
    const v = contactToValues(stored);
    expect(toContactPatch(v, { ...v })).toEqual({});
  });

  it('has only the changed fields, and null for the cleared ones', () => {
    const v = contactToValues(stored);
    expect(toContactPatch(v, { ...v, title: '', influence: '', stance: 'SKEPTIC', reportsToId: 'c7', leftCompanyOn: '2026-05-31' })).toEqual({
      title: null,
      influence: null,
      stance: 'SKEPTIC',
      reportsToId: 'c7',
      leftCompanyOn: '2026-05-31',
    });
  });

  it('sends the external id trimmed, and null when it is cleared', () => {
    const v = contactToValues(stored);
    expect(v.externalId).toBe('CRM-C-7');
    expect(toContactPatch(v, { ...v, externalId: ' CRM-C-8 ' })).toEqual({ externalId: 'CRM-C-8' });
    expect(toContactPatch(v, { ...v, externalId: '' })).toEqual({ externalId: null });
  });
});
