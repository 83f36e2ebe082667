import { describe, expect, it } from 'vitest';
import { rules } from '../../api/rules';
import { ownerChangesByHandoff } from './AccountHandoffs';
import { validateDecline } from './HandoffPage';
import { toSectionNotes } from './sections';
import { validateHandoff } from './StartHandoffModal';

describe('handoffs', () => {
  it('a KEY or STRATEGIC account with an owner changes owner by handoff; STANDARD and ownerless ones directly', () => {
    expect(ownerChangesByHandoff({ tier: 'KEY', ownerId: 'u1' })).toBe(true);
    expect(ownerChangesByHandoff({ tier: 'STRATEGIC', ownerId: 'u1' })).toBe(true);
    expect(ownerChangesByHandoff({ tier: 'STANDARD', ownerId: 'u1' })).toBe(false);
    expect(ownerChangesByHandoff({ tier: 'KEY', ownerId: null })).toBe(false);
  });

  it('needs a new owner other than the current one and keeps texts within the server limits', () => {
    const max = rules.limits.NewHandoff.note.maxLength;
    expect(validateHandoff({ toUserId: null, note: '', sections: {} }, 'u1')).toEqual({ toUserId: 'Choose who takes the account over.' });
    expect(validateHandoff({ toUserId: 'u1', note: '', sections: {} }, 'u1').toUserId).toBe('They already own this account; choose someone else.');
    expect(validateHandoff({ toUserId: 'u2', note: 'x'.repeat(max + 1), sections: { risks: 'y'.repeat(max + 1) } }, 'u1')).toEqual({
      note: `Use at most ${max} characters (now ${max + 1}).`,
      'sectionNotes.risks': `Use at most ${max} characters (now ${max + 1}).`,
    });
    expect(validateHandoff({ toUserId: 'u2', note: 'Fine', sections: { goals: 'Also fine' } }, 'u1')).toEqual({});
  });

  it('sends only the sections something was added to, trimmed', () => {
    expect(toSectionNotes({ goals: '  ', risks: ' A new CTO. ' })).toEqual({ risks: 'A new CTO.' });
    expect(toSectionNotes({ goals: '' })).toBeUndefined();
  });

  it('a decline needs a reason within the server limits', () => {
    const { minLength, maxLength } = rules.limits.HandoffDecline.reason;
    expect(validateDecline('no')).toBe(`Say why, in at least ${minLength} characters.`);
    expect(validateDecline('x'.repeat(maxLength + 1))).toBe(`Use at most ${maxLength} characters (now ${maxLength + 1}).`);
    expect(validateDecline('Not my region')).toBeNull();
  });
});
