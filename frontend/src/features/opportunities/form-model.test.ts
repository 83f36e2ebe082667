import { describe, expect, it } from 'vitest';
import { emptyOpportunityValues, toOpportunityInput, toOpportunityPatch, validateOpportunity, type OpportunityFormValues } from './form-model';

const filled: OpportunityFormValues = {
  ...emptyOpportunityValues({ accountId: 'a1' }),
  title: '  Analytics add-on ',
  amount: 48000,
  expectedCloseDate: '2031-03-31',
  compellingEvent: { type: 'FUNDING_ROUND', occurredOn: '2026-10-01', description: ' Series C ' },
};

describe('opportunity form model', () => {
  it('sends only what was entered, with the compelling event', () => {
    expect(toOpportunityInput(filled)).toEqual({
      accountId: 'a1',
      type: 'UPSELL',
      title: 'Analytics add-on',
      amount: 48000,
      stage: 'IDENTIFIED',
      expectedCloseDate: '2031-03-31',
      compellingEvent: { type: 'FUNDING_ROUND', occurredOn: '2026-10-01', description: 'Series C' },
    });
  });

  it('asks for account, title, a positive amount and a close date', () => {
    const e = validateOpportunity({ ...emptyOpportunityValues(), amount: 0 });
    expect(Object.keys(e).sort()).toEqual(['accountId', 'amount', 'expectedCloseDate', 'title']);
    expect(validateOpportunity(filled)).toEqual({});
    expect(validateOpportunity({ ...filled, probability: 101 }).probability).toMatch(/0 to 100/);
    expect(validateOpportunity({ ...filled, amount: -5 }).amount).toBe('Enter a number above 0.');
  });

  it('refuses a close date in the past, unless it is the stored one left as it was', () => {
    const past = { ...filled, expectedCloseDate: '2026-01-31' };
    expect(validateOpportunity(past, null, '2026-02-01').expectedCloseDate).toBe('Choose today or a later date: an open opportunity cannot close in the past.');
    expect(validateOpportunity(past, '2026-01-31', '2026-02-01')).toEqual({});
    expect(validateOpportunity({ ...filled, expectedCloseDate: '2026-02-01' }, null, '2026-02-01')).toEqual({});
  });

  it('patches only the changes; removing the event sends null', () => {
    expect(toOpportunityPatch(filled, { ...filled, amount: 52000 })).toEqual({ amount: 52000 });
    expect(toOpportunityPatch(filled, { ...filled, compellingEvent: { type: null, occurredOn: null, description: '' } })).toEqual({ compellingEvent: null });
    expect(toOpportunityPatch(filled, { ...filled, compellingEvent: { ...filled.compellingEvent, description: 'Series D' } })).toEqual({
      compellingEvent: { type: 'FUNDING_ROUND', occurredOn: '2026-10-01', description: 'Series D' },
    });
    expect(toOpportunityPatch(filled, { ...filled, probability: 40 })).toEqual({ probability: 40 });
    expect(toOpportunityPatch({ ...filled, probability: 40 }, filled)).toEqual({ probability: null });
  });
});
