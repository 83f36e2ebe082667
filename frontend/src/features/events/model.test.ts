import { describe, expect, it } from 'vitest';
import { reviewDays, toEventInput, toReviewPatch, validateEvent, validateReview } from './model';

describe('event form model', () => {
  it('sends what was typed, trimmed, and leaves out what is empty', () => {
    expect(toEventInput({ type: 'PROJECT', occurredOn: '2026-10-01', description: '  ERP migration ', contactId: null })).toEqual({
      type: 'PROJECT',
      occurredOn: '2026-10-01',
      description: 'ERP migration',
    });
  });

  it('asks for the type and the date in whole sentences', () => {
    expect(validateEvent({ type: null, occurredOn: null, description: '', contactId: null })).toEqual({
      type: 'Pick what happened.',
      occurredOn: 'Enter when it happened.',
    });
  });

  it('needs a note for no action, not for reviewed', () => {
    expect(validateReview({ status: 'NO_ACTION', reviewNote: '  ' }).reviewNote).toMatch(/needs a note/);
    expect(validateReview({ status: 'REVIEWED', reviewNote: '' })).toEqual({});
    expect(toReviewPatch({ status: 'REVIEWED', reviewNote: ' ' })).toEqual({ status: 'REVIEWED', reviewNote: null });
  });

  it('reads the review deadline from the rules', () => {
    expect(reviewDays('STANDARD')).toBe(14);
    expect(reviewDays('KEY')).toBe(7);
  });
});
