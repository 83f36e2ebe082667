/**
 * Checking what a text field holds against the server's limit for that field (`rules.limits.<Schema>.<field>.maxLength`
 * or a list's `itemMaxLength` in the generated rules.ts). Forms refuse over-long text with these words instead of an
 * HTML maxLength, which cuts pasted text silently (lint forbids it).
 */

/** The refusal for text over the limit, or undefined when it fits (or there is no limit). Pass the text as it is sent (trimmed or not). */
export function tooLong(text: string, max: number | undefined): string | undefined {
  return max !== undefined && text.length > max ? `Use at most ${max} characters (now ${text.length}).` : undefined;
}

/** A counter for a field's description, e.g. "612 / 500 characters". */
export function characterCount(text: string, max: number): string {
  return `${text.length} / ${max} characters`;
}
