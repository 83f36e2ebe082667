import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../api/rules';
import { validateSnooze } from './SnoozeModal';

const today = '2026-11-26';

describe('validateSnooze', () => {
  it('asks for a reason and an end date', () => {
    const errors = validateSnooze({ reason: '  ', endsOn: null }, today);
    expect(errors.reason).toMatch(/why/);
    expect(errors.endsOn).toMatch(/Choose the day/);
  });

  it('refuses an end date today or later than the longest snooze, saying the limit', () => {
    expect(validateSnooze({ reason: 'Merger', endsOn: today }, today).endsOn).toMatch(/after today/);
    const tooFar = dayjs(today)
      .add(rules.risk.maxSnoozeDays + 1, 'day')
      .format('YYYY-MM-DD');
    expect(validateSnooze({ reason: 'Merger', endsOn: tooFar }, today).endsOn).toMatch(`${rules.risk.maxSnoozeDays} days`);
  });

  it('refuses a reason over the limit instead of cutting it', () => {
    const long = 'x'.repeat(rules.limits.RiskFlagSnoozeInput.reason.maxLength + 1);
    expect(validateSnooze({ reason: long, endsOn: '2026-12-10' }, today).reason).toBeDefined();
  });

  it('accepts a reason and an end date inside the window', () => {
    expect(validateSnooze({ reason: 'Merger', endsOn: '2026-12-10' }, today)).toEqual({});
  });
});
