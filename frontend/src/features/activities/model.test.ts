import { describe, expect, it } from 'vitest';
import { emptyActivityValues, entryLabel, kindLabel, toActivityInput, toActivityPatch, validateActivity, type ActivityFormValues } from './model';

const now = new Date('2026-11-25T15:00:00');
const base: ActivityFormValues = { type: 'CALL', occurredAt: '2026-11-25T14:30', contactIds: ['a', 'b'], summary: ' Renewal call ', body: '' };

describe('activity form model', () => {
  it('defaults to a call now, with no contacts', () => {
    expect(emptyActivityValues(now)).toEqual({ type: 'CALL', occurredAt: '2026-11-25T15:00', contactIds: [], summary: '', body: '' });
  });

  it('refuses a future time, a missing time and a blank summary in whole sentences', () => {
    expect(validateActivity(base, now)).toEqual({});
    expect(validateActivity({ ...base, occurredAt: '2026-11-25T15:01' }, now)).toEqual({
      occurredAt: 'Enter when it happened, now or earlier: an activity cannot be logged in the future.',
    });
    expect(validateActivity({ ...base, occurredAt: '', summary: '  ' }, now)).toEqual({
      occurredAt: 'Enter when it happened: a date and a time.',
      summary: 'Enter a summary: it is required.',
    });
    expect(validateActivity({ ...base, summary: 'x'.repeat(501) }, now).summary).toBe('Shorten the summary to 500 characters or fewer.');
  });

  it('sends the summary trimmed, an empty body as null and the time as an instant', () => {
    const input = toActivityInput(base);
    expect(input.summary).toBe('Renewal call');
    expect(input.body).toBeNull();
    expect(input.occurredAt).toBe(new Date('2026-11-25T14:30').toISOString());
    expect(input.contactIds).toEqual(['a', 'b']);
  });

  it('patches only what changed; the same contacts in another order are no change', () => {
    expect(toActivityPatch(base, { ...base, contactIds: ['b', 'a'] })).toEqual({});
    expect(toActivityPatch(base, { ...base, contactIds: ['a'], body: 'Notes' })).toEqual({ contactIds: ['a'], body: 'Notes' });
  });

  it('names the kinds it knows and shows a new kind as the API names it', () => {
    expect(kindLabel('STAGE_CHANGE')).toBe('Stage changes');
    expect(kindLabel('TASK_DONE')).toBe('Task done');
    expect(entryLabel('TIER_CHANGE')).toBe('Tier change');
    expect(entryLabel('COMPELLING_EVENT')).toBe('Compelling event');
  });
});
