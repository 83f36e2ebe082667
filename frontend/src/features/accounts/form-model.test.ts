import { describe, expect, it } from 'vitest';
import { emptyAccountValues, toAccountPatch, toNewAccount, validateAccount } from './form-model';

describe('account form model', () => {
  it('creates with only the filled-in fields', () => {
    expect(toNewAccount({ ...emptyAccountValues, name: '  Acme  ', country: 'DE', arr: 1200.5, tags: ['a', ' '] })).toEqual({
      name: 'Acme',
      country: 'DE',
      arr: 1200.5,
      lifecycle: 'PROSPECT',
      tier: 'STANDARD',
      tags: ['a'],
    });
  });

  it('patches only what changed, with null for cleared values', () => {
    const initial = { ...emptyAccountValues, name: 'Acme', domain: 'acme.com', arr: 100, tags: ['x'] };
    const current = { ...initial, domain: '', arr: 250, tier: 'KEY' as const };
    expect(toAccountPatch(initial, current)).toEqual({ domain: null, arr: 250 });
    expect(toAccountPatch(initial, { ...initial })).toEqual({});
    expect(toAccountPatch(initial, { ...initial, tags: ['x', 'y'] })).toEqual({ tags: ['x', 'y'] });
  });

  it('validates what the person can fix before sending', () => {
    const e = validateAccount({ ...emptyAccountValues, name: ' ', domain: 'http://acme.com/x', country: 'DEU', employees: -1 });
    expect(Object.keys(e).sort()).toEqual(['country', 'domain', 'employees', 'name']);
    expect(validateAccount({ ...emptyAccountValues, name: 'Acme', domain: 'acme.co.uk', country: 'GB' })).toEqual({});
  });

  it('refuses numbers out of the server limits instead of changing them, and sends exactly what was typed', () => {
    const e = validateAccount({
      ...emptyAccountValues,
      name: 'Acme',
      arr: -5000,
      employees: -3,
      annualRevenue: '-',
      growthTargetPct: 12.5,
      growthBaselineArr: 1.005,
    });
    expect(e).toEqual({
      arr: 'Enter a number of 0 or more.',
      employees: 'Enter a whole number from 0 to 10,000,000.',
      annualRevenue: 'Enter a number, such as 1200.50.',
      growthTargetPct: 'Enter a whole number, without decimals.',
      growthBaselineArr: 'Use at most 2 decimals.',
    });
    expect(validateAccount({ ...emptyAccountValues, name: 'Acme', arr: '1200.50', employees: '0' })).toEqual({});
    expect(toNewAccount({ ...emptyAccountValues, name: 'Acme', arr: '1200.50', employees: '0' })).toMatchObject({ arr: 1200.5, employees: 0 });
  });
});
