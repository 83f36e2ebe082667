/**
 * RFC 9457 problem details, as the Stratum API sends them, and helpers that turn them
 * into what a screen shows: messages next to form fields and plain-words explanations.
 */

export interface FieldProblem {
  field: string;
  message: string;
}

/** A parsed problem. Extension members (existingId, ownerId, tier, limit, ...) stay in `extra`. */
export interface ParsedProblem {
  status: number;
  type: string;
  title: string;
  detail?: string;
  errors: FieldProblem[];
  extra: Record<string, unknown>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function parseProblem(status: number, body: unknown, fallbackTitle = ''): ParsedProblem {
  if (!isRecord(body)) {
    return { status, type: 'about:blank', title: fallbackTitle || `HTTP ${status}`, errors: [], extra: {} };
  }
  const { type, title, status: bodyStatus, detail, errors, ...extra } = body;
  const fieldErrors: FieldProblem[] = Array.isArray(errors)
    ? errors.flatMap((e): FieldProblem[] => {
        if (!isRecord(e)) return [];
        const field = typeof e.field === 'string' ? e.field : typeof e.name === 'string' ? e.name : '';
        const message = typeof e.message === 'string' ? e.message : typeof e.detail === 'string' ? e.detail : '';
        return message ? [{ field, message }] : [];
      })
    : [];
  return {
    status: typeof bodyStatus === 'number' ? bodyStatus : status,
    type: typeof type === 'string' ? type : 'about:blank',
    title: typeof title === 'string' ? title : fallbackTitle || `HTTP ${status}`,
    ...(typeof detail === 'string' && detail ? { detail } : {}),
    errors: fieldErrors,
    extra,
  };
}

export class ApiError extends Error {
  readonly problem: ParsedProblem;
  readonly headers: Headers | undefined;
  constructor(problem: ParsedProblem, headers?: Headers) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
    this.headers = headers;
  }
  get status(): number {
    return this.problem.status;
  }
}

export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached.', { cause });
    this.name = 'NetworkError';
  }
}

export function isApiError(e: unknown, status?: number): e is ApiError {
  return e instanceof ApiError && (status === undefined || e.status === status);
}

/**
 * Normalises a field path from the server to a form field name.
 * "name" -> "name"; "body.name" / "create.arg0.name" -> "name" when "name" is known;
 * "tags[2]" -> "tags".
 */
export function normaliseField(field: string, known?: readonly string[]): string {
  const stripped = field.replace(/\[\d+\]$/, '');
  if (!known || known.includes(stripped)) return stripped;
  const parts = stripped.split('.');
  for (let i = 1; i < parts.length; i++) {
    const candidate = parts.slice(i).join('.');
    if (known.includes(candidate)) return candidate;
  }
  const last = parts[parts.length - 1] ?? stripped;
  return known.includes(last) ? last : stripped;
}

export interface FieldErrorMapping {
  /** Messages keyed by form field name. Several messages for one field are joined. */
  fields: Record<string, string>;
  /** Messages the form cannot place next to a field (unknown or empty field names), for the form as a whole. */
  unplaced: string[];
}

/**
 * Splits a problem's `errors` into messages for known form fields and the rest. The server writes each message as
 * a whole sentence that says what to do; one that concerns no field of the form (the QBR itself, a question left
 * unanswered) names what it is about, so it is shown as it is.
 */
export function toFieldErrors(problem: ParsedProblem, known: readonly string[]): FieldErrorMapping {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const { field, message } of problem.errors) {
    const name = field ? normaliseField(field, known) : '';
    if (name && known.includes(name)) {
      fields[name] = fields[name] ? `${fields[name]} ${message}` : message;
    } else {
      unplaced.push(message);
    }
  }
  return { fields, unplaced };
}

export const STALE_MESSAGE =
  'Someone else changed this record after you opened it, so your changes were not saved. ' + 'Reload to see the latest version, then apply your changes again.';

/** One sentence a person can act on, for any failure. */
export function errorMessage(error: unknown): string {
  if (error instanceof NetworkError) {
    return 'The server could not be reached. Check your connection and try again.';
  }
  if (!(error instanceof ApiError)) {
    return error instanceof Error && error.message ? error.message : 'Something went wrong.';
  }
  const p = error.problem;
  switch (p.status) {
    case 400:
      return p.detail ?? 'The request was not understood by the server.';
    case 401:
      return 'You are not signed in, or your session has expired. Sign in again.';
    case 403:
      return p.detail ?? 'You do not have permission to do this.';
    case 404:
      return p.detail ?? 'This record does not exist, or it was removed.';
    case 409:
      return conflictMessage(p);
    case 412:
      return STALE_MESSAGE;
    case 422:
      if (p.errors.length === 0) return p.detail ?? 'Some values were not accepted. Check them and try again.';
      return p.errors.map((e) => e.message).join(' ');
    default:
      if (p.status >= 500) {
        return 'The server ran into a problem. Try again in a moment; if it keeps happening, tell your administrator.';
      }
      return p.detail ?? p.title;
  }
}

/** A 409 in plain words: the server's detail, completed with what the person can do about it. */
export function conflictMessage(p: ParsedProblem): string {
  if (isBudgetRefusal(p)) return budgetMessage(p, false);
  const base = p.detail ?? 'This change conflicts with the current state of the data.';
  const { tier, limit } = p.extra;
  if (typeof tier === 'string' && (typeof limit === 'number' || typeof limit === 'string')) {
    const n = String(limit);
    const tierName = tier.charAt(0) + tier.slice(1).toLowerCase();
    const rule = base.includes(n) ? '' : ` The ${tierName} tier allows at most ${n} account${n === '1' ? '' : 's'} per owner.`;
    return `${base}${rule} Move another of the owner's accounts out of the ${tierName} tier, pick a different owner, or raise the limit in Settings → Tier policies.`;
  }
  return base;
}

/** A 409 tier-budget: the company's KEY or STRATEGIC budget is used up. */
export function isBudgetRefusal(p: ParsedProblem): boolean {
  return p.status === 409 && p.type.endsWith(':tier-budget');
}

/**
 * A tier-budget refusal in whole sentences: the budget, how much of it is used, and what to do. An admin
 * (`canOverride`) is told to fill in the override below; anyone else who to ask.
 */
export function budgetMessage(p: ParsedProblem, canOverride: boolean): string {
  const { tier, budget, limit, used, live } = p.extra;
  if (typeof tier !== 'string' || typeof limit !== 'number' || typeof used !== 'number') {
    return p.detail ?? 'The tier budget is used up.';
  }
  const name = tier.charAt(0) + tier.slice(1).toLowerCase();
  const share = typeof p.extra.maxSharePct === 'number' && typeof budget === 'string';
  const size = share ? `${budget} (${limit}${typeof live === 'number' ? ` of the ${live} live accounts` : ''})` : `${limit} account${limit === 1 ? '' : 's'}`;
  const head = `The ${name} budget is ${size}, and ${used} ${used === 1 ? 'is' : 'are'} ${name} already, so no more accounts can be ${name} now.`;
  const todo = canOverride
    ? ` As an admin you may let this account in anyway: give the override's reason and expiry date below, then save again.`
    : ` Move another ${name} account down first, or ask an admin to override the budget for this account (with a reason and an expiry date) or to raise it.`;
  return head + todo;
}
