import dayjs from 'dayjs';

/** Money is shown in the company currency (settings); until the settings are read, in US dollars. */
let money = moneyFormats('USD');

function moneyFormats(currency: string) {
  return {
    currency,
    full: new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: 2 }),
    compact: new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }),
  };
}

/** The company currency's symbol ("€", "$"), for the prefix of money fields. */
export function moneySymbol(): string {
  return money.full.formatToParts(0).find((p) => p.type === 'currency')?.value ?? money.currency;
}

/** The company currency's ISO 4217 code, for words such as "in EUR". */
export function moneyCurrency(): string {
  return money.currency;
}

/** Shows money in this ISO 4217 currency from now on (the app shell sets it from the company settings). */
export function setMoneyCurrency(currency: string): void {
  if (currency !== money.currency) money = moneyFormats(currency);
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export const EMPTY = '—';

export function formatMoney(value: number | null | undefined): string {
  return value === null || value === undefined ? EMPTY : money.full.format(value);
}

export function formatMoneyCompact(value: number | null | undefined): string {
  return value === null || value === undefined ? EMPTY : money.compact.format(value);
}

export function formatInteger(value: number | null | undefined): string {
  return value === null || value === undefined ? EMPTY : integer.format(value);
}

/** A figure as people read it: grouped, at most two decimals, no trailing zeros (133.3333 -> "133.33", 145.0 -> "145"). */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? EMPTY : decimal.format(value);
}

/** "2027-03-31" -> "Mar 31, 2027". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const d = dayjs(value);
  return d.isValid() ? d.format('MMM D, YYYY') : value;
}

/** An instant, in the viewer's local time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const d = dayjs(value);
  return d.isValid() ? d.format('MMM D, YYYY HH:mm') : value;
}

export function orEmpty(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? EMPTY : String(value);
}

/** "AT_RISK" -> "At risk". */
export function humanize(value: string): string {
  const s = value.toLowerCase().replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A day as the API writes dates: "2027-03-31" (today when no day is given), in the viewer's calendar. */
export function isoDate(day: dayjs.Dayjs = dayjs()): string {
  return day.format('YYYY-MM-DD');
}
