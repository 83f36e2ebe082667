import { checkNumber, readNumber, type NumberValue } from '../../components/number-check';
import { rules } from '../../api/rules';

/** The API's limits on one share: 0.01 to 100 percent, at most two decimals. */
export const SHARE_LIMITS = rules.limits.OpportunitySplitInput.sharePct;
/** How many members one opportunity's credit may be split between. */
export const MAX_SPLITS = 10;

export interface SplitRow {
  /** A key for the row while it is edited (not sent). */
  key: string;
  userId: string | null;
  userName: string | null;
  sharePct: NumberValue;
}

export interface SplitErrors {
  /** Per row, by its key: the member and the share. */
  rows: Record<string, { userId?: string; sharePct?: string }>;
  /** About the whole list: the sum, too many members. */
  total?: string;
}

/** The shares in hundredths of a percent, so that 33.33 + 33.33 + 33.34 adds up to exactly 100. */
function hundredths(value: NumberValue): number | null {
  const n = readNumber(value);
  return n === null || Number.isNaN(n) ? null : Math.round(n * 100);
}

/** The sum of the shares typed so far, in percent (rows without a number count as 0). */
export function shareTotal(rows: readonly SplitRow[]): number {
  return rows.reduce((sum, r) => sum + (hundredths(r.sharePct) ?? 0), 0) / 100;
}

/**
 * The form's rules, the API's: each row names a member (each once) and a share from 0.01 to 100 with at most two
 * decimals, at most 10 members, and the shares add up to exactly 100. No rows: not split (the owner has it all).
 */
export function validateSplits(rows: readonly SplitRow[]): SplitErrors {
  const errors: SplitErrors = { rows: {} };
  const seen = new Set<string>();
  for (const row of rows) {
    const e: { userId?: string; sharePct?: string } = {};
    if (!row.userId) e.userId = 'Pick the team member who gets this share.';
    else if (seen.has(row.userId)) e.userId = 'This member already has a share above; give each member one row.';
    if (row.userId) seen.add(row.userId);
    const share = checkNumber(row.sharePct, SHARE_LIMITS, 'Enter the share in percent, such as 50.');
    if (share) e.sharePct = share;
    if (e.userId || e.sharePct) errors.rows[row.key] = e;
  }
  if (rows.length > MAX_SPLITS) {
    errors.total = `Split the credit between at most ${MAX_SPLITS} members; remove ${rows.length - MAX_SPLITS}.`;
  } else if (rows.length > 0 && Object.keys(errors.rows).length === 0) {
    const total = shareTotal(rows);
    if (Math.round(total * 100) !== 10_000) {
      const off = Math.round((100 - total) * 100) / 100;
      errors.total = `The shares add up to ${total} %; make them add up to exactly 100 % (${off > 0 ? `${off} % is left to give` : `${-off} % too much`}).`;
    }
  }
  return errors;
}

export function hasSplitErrors(e: SplitErrors): boolean {
  return !!e.total || Object.keys(e.rows).length > 0;
}
