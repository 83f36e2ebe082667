import { rules } from '../../api/rules';
import { checkNumber, readNumber, type NumberValue } from '../../components/number-check';
import type { Contract, ContractInput, ContractPatch } from './api';

const LIMITS = rules.limits.ContractInput;

export interface ContractFormValues {
  [key: string]: unknown;
  startDate: string | null;
  endDate: string | null;
  annualValue: NumberValue;
  autoRenew: boolean;
  noticeDays: NumberValue;
}

export const CONTRACT_FIELDS = ['startDate', 'endDate', 'annualValue', 'autoRenew', 'noticeDays'] as const;

export const emptyContractValues = (): ContractFormValues => ({ startDate: null, endDate: null, annualValue: '', autoRenew: true, noticeDays: '' });

export const contractValues = (c: Contract): ContractFormValues => ({
  startDate: c.startDate,
  endDate: c.endDate,
  annualValue: c.annualValue,
  autoRenew: c.autoRenew,
  noticeDays: c.noticeDays,
});

/** The form's checks, in the server's words and limits (rules.json); the server still decides. */
export function validateContract(v: ContractFormValues): Partial<Record<string, string>> {
  const e: Partial<Record<string, string>> = {};
  if (!v.startDate) e.startDate = 'Enter the day the contract starts.';
  if (!v.endDate) e.endDate = 'Enter the last day of the contract.';
  else if (v.startDate && v.endDate <= v.startDate) e.endDate = `Choose an end date after the start date (${v.startDate}).`;
  const value = checkNumber(v.annualValue, LIMITS.annualValue, 'Enter what the contract is worth a year; 0 if nothing.');
  if (value) e.annualValue = value;
  const notice = checkNumber(v.noticeDays, LIMITS.noticeDays, 'Enter the days of notice the contract needs; 0 for none.');
  if (notice) e.noticeDays = notice;
  return e;
}

/** The request body, exactly as typed (the form refused anything else before this is called). */
export function toContractInput(v: ContractFormValues): ContractInput {
  return {
    startDate: v.startDate ?? '',
    endDate: v.endDate ?? '',
    annualValue: readNumber(v.annualValue) ?? 0,
    autoRenew: v.autoRenew,
    noticeDays: readNumber(v.noticeDays) ?? 0,
  };
}

/** Only what changed, as a merge patch. */
export function toContractPatch(before: Contract, v: ContractFormValues): ContractPatch {
  const input = toContractInput(v);
  const patch: ContractPatch = {};
  (Object.keys(input) as (keyof ContractInput)[]).forEach((key) => {
    if (input[key] !== before[key]) (patch as Record<string, unknown>)[key] = input[key];
  });
  return patch;
}
