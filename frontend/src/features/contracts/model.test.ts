import { describe, expect, it } from 'vitest';
import type { Contract } from './api';
import { emptyContractValues, toContractInput, toContractPatch, validateContract } from './model';

const filled = { startDate: '2026-04-01', endDate: '2027-03-31', annualValue: 48000, autoRenew: true, noticeDays: 60 };

describe('contract form', () => {
  it('asks for every field in whole sentences', () => {
    expect(validateContract(emptyContractValues())).toEqual({
      startDate: 'Enter the day the contract starts.',
      endDate: 'Enter the last day of the contract.',
      annualValue: 'Enter what the contract is worth a year; 0 if nothing.',
      noticeDays: 'Enter the days of notice the contract needs; 0 for none.',
    });
    expect(validateContract(filled)).toEqual({});
  });

  it('refuses an end on or before the start', () => {
    expect(validateContract({ ...filled, endDate: '2026-04-01' })).toEqual({ endDate: 'Choose an end date after the start date (2026-04-01).' });
    expect(validateContract({ ...filled, endDate: '2025-12-31' })).toEqual({ endDate: 'Choose an end date after the start date (2026-04-01).' });
  });

  it('refuses values out of the server limits instead of clamping them', () => {
    expect(validateContract({ ...filled, annualValue: -1 })).toEqual({ annualValue: 'Enter a number of 0 or more.' });
    expect(validateContract({ ...filled, annualValue: '12.345' })).toEqual({ annualValue: 'Use at most 2 decimals.' });
    expect(validateContract({ ...filled, noticeDays: 731 })).toEqual({ noticeDays: 'Enter a whole number from 0 to 730.' });
    expect(validateContract({ ...filled, noticeDays: 1.5 })).toEqual({ noticeDays: 'Enter a whole number, without decimals.' });
    expect(validateContract({ ...filled, annualValue: 0, noticeDays: 0 })).toEqual({});
  });

  it('sends what was typed, and only what changed when editing', () => {
    expect(toContractInput({ ...filled, annualValue: '1200.50' })).toEqual({ ...filled, annualValue: 1200.5 });
    const before = { id: 'c1', version: 3, ...filled } as unknown as Contract;
    expect(toContractPatch(before, { ...filled, endDate: '2028-03-31', autoRenew: false })).toEqual({ endDate: '2028-03-31', autoRenew: false });
    expect(toContractPatch(before, filled)).toEqual({});
  });
});
