import { describe, expect, it } from 'vitest';
import { emptyAccountValues, toAccountPatch, toNewAccount, validateAccount } from './form-model';

describe('account form model', () => {
  it('creates with only the filled-in fields', () => {
    expect(toNewAccount({ ...emptyAccountValues, name: '  Acme  ', country: 'de', arr: 1200.5, tags: ['a', ' '] })).toEqual({
      name: 'Acme',
      country: 'DE',
      arr: 1200.5,
      lifecycle: 'PROSPECT',
      tier: 'STANDARD',
      tags: ['a'],
    });
  });

  it('patches only what changed, with null for cleared values', () => {
    const initial = { ...emptyAccountValues, name: 'Acme', domain: 'acme.com', arr: 100 as number | '', tags: ['x'] };
    const current = { ...initial, domain: '', arr: 250 as number | '', tier: 'KEY' as const };
    expect(toAccountPatch(initial, current)).toEqual({ domain: null, arr: 250 });
    expect(toAccountPatch(initial, { ...initial })).toEqual({});
    expect(toAccountPatch(initial, { ...initial, tags: ['x', 'y'] })).toEqual({ tags: ['x', 'y'] });
  });

  it('validates what the person can fix before sending', () => {
    const e = validateAccount({ ...emptyAccountValues, name: ' ', domain: 'http://acme.com/x', country: 'DEU', employees: -1 });
    expect(Object.keys(e).sort()).toEqual(['country', 'domain', 'employees', 'name']);
    expect(validateAccount({ ...emptyAccountValues, name: 'Acme', domain: 'acme.co.uk', country: 'gb' })).toEqual({});
  });
});
