/**
 * Reading and checking what a number field holds, against the server's limits for that field
 * (`rules.limits.<Schema>.<field>` in the generated rules.ts).
 */

/** What a number field holds: '' when empty, a number, or the typed text while it is not a plain number ('-', '1.50'). */
export type NumberValue = number | string;

/** A field's limits, in the rules document's words. A field without fractionDigits takes whole numbers. */
export interface NumberLimits {
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly integerDigits?: number;
  readonly fractionDigits?: number;
}

const NUMERIC = /^-?(\d+\.?\d*|\.\d+)$/;

/** The number a field stands for: null when empty, NaN when the text is not a number. */
export function readNumber(value: NumberValue): number | null {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (text === '') return null;
  return NUMERIC.test(text) ? Number(text) : Number.NaN;
}

function decimals(n: number): number {
  const [, fraction = ''] = String(n).split('.');
  return /e/i.test(String(n)) ? Number.POSITIVE_INFINITY : fraction.length;
}

function integerDigits(n: number): number {
  return String(Math.trunc(Math.abs(n))).replace(/^0$/, '').length;
}

/**
 * Why a field's value does not fit its limits, as a sentence that says what to enter; undefined when it fits.
 * An empty field fits unless `required` gives the sentence to show for it.
 */
export function checkNumber(value: NumberValue, limits: NumberLimits, required?: string): string | undefined {
  const n = readNumber(value);
  const whole = limits.fractionDigits === undefined;
  const kind = whole ? 'a whole number' : 'a number';
  if (n === null) return required;
  if (Number.isNaN(n) || !Number.isFinite(n)) return `Enter ${kind}, such as ${whole ? '12' : '1200.50'}.`;
  if (Math.abs(n) > Number.MAX_SAFE_INTEGER) return 'This number is too large; enter a smaller one.';
  if (whole && !Number.isInteger(n)) return 'Enter a whole number, without decimals.';
  const { minimum, maximum, exclusiveMinimum } = limits;
  const below = (minimum !== undefined && n < minimum) || (exclusiveMinimum !== undefined && n <= exclusiveMinimum);
  const above = maximum !== undefined && n > maximum;
  if (below || above) {
    const show = (limit: number) => limit.toLocaleString('en-US');
    if (minimum !== undefined && maximum !== undefined) return `Enter ${kind} from ${show(minimum)} to ${show(maximum)}.`;
    if (exclusiveMinimum !== undefined && maximum !== undefined) return `Enter ${kind} above ${show(exclusiveMinimum)}, at most ${show(maximum)}.`;
    if (exclusiveMinimum !== undefined) return `Enter ${kind} above ${show(exclusiveMinimum)}.`;
    if (minimum !== undefined) return `Enter ${kind} of ${show(minimum)} or more.`;
    return `Enter ${kind} of ${show(maximum ?? 0)} or less.`;
  }
  if (limits.fractionDigits !== undefined && decimals(n) > limits.fractionDigits) {
    return `Use at most ${limits.fractionDigits} decimals.`;
  }
  if (limits.integerDigits !== undefined && integerDigits(n) > limits.integerDigits) {
    return `Use at most ${limits.integerDigits} digits before the decimal point.`;
  }
  return undefined;
}
