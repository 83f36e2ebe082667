/**
 * The Team card's logic, apart from its rendering: who is on the team today, the editable rows, their checks
 * before saving (the server checks again) and where the server's refusals go.
 */
import { rules } from '../../api/rules';
import { checkNumber, readNumber, type NumberValue } from '../../components/number-check';
import type { Team, TeamInput, TeamMember, TeamRole } from './team-api';

const ALLOCATION = rules.limits.TeamMemberInput.allocationPct;
export const MAX_MEMBERS = rules.limits.TeamInput.members.maxItems;

/** One row of the team editor (the form's values). */
export interface TeamRow {
  [key: string]: unknown;
  /** Stable React key for the row. */
  key: string;
  userId: string | null;
  /** The member's name while the picker has not loaded it. */
  name: string | null;
  role: TeamRole | null;
  allocationPct: NumberValue;
  since: string;
  until: string;
}

export interface TeamValues {
  [key: string]: unknown;
  members: TeamRow[];
}

/** Whether this user is on the team today (the server says, per member, whether they are current). */
export function isCurrentMember(team: Team | undefined, userId: string | null | undefined): boolean {
  return !!team && !!userId && team.members.some((m) => m.userId === userId && m.current);
}

/** "since 2027-01-01", "2027-01-01 – 2027-06-30". */
export function periodLabel(m: Pick<TeamMember, 'since' | 'until'>, format: (d: string) => string = (d) => d): string {
  return m.until ? `${format(m.since)} – ${format(m.until)}` : `since ${format(m.since)}`;
}

let nextKey = 0;
const key = () => `row-${++nextKey}`;

export function teamToValues(team: Team): TeamValues {
  return {
    members: team.members.map((m) => ({
      key: key(),
      userId: m.userId,
      name: m.name,
      role: m.role,
      allocationPct: m.allocationPct,
      since: m.since,
      until: m.until ?? '',
    })),
  };
}

export function emptyRow(today: string): TeamRow {
  return { key: key(), userId: null, name: null, role: null, allocationPct: '', since: today, until: '' };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The refusals the server would give, found before asking, keyed by the form's paths (members.0.role). */
export function validateTeam(values: TeamValues, ownerId: string | null | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Map<string, number>();
  values.members.forEach((row, i) => {
    const at = (field: string) => `members.${i}.${field}`;
    if (!row.userId) errors[at('userId')] = 'Choose a person.';
    else if (row.userId === ownerId) errors[at('userId')] = 'The owner is on the team already; choose someone else.';
    else if (seen.has(row.userId)) errors[at('userId')] = `This person is already member ${(seen.get(row.userId) ?? 0) + 1}; list each person once.`;
    if (row.userId && !seen.has(row.userId)) seen.set(row.userId, i);
    if (!row.role) errors[at('role')] = 'Choose a role.';
    const allocation = checkNumber(row.allocationPct, ALLOCATION, 'Enter the share of their time, from 1 to 100.');
    if (allocation) errors[at('allocationPct')] = allocation;
    if (!DATE.test(row.since)) errors[at('since')] = 'Enter the first day on the team (YYYY-MM-DD).';
    if (row.until && !DATE.test(row.until)) errors[at('until')] = 'Enter the last day as YYYY-MM-DD, or leave it empty.';
    else if (row.until && DATE.test(row.since) && row.until < row.since) errors[at('until')] = 'The last day comes before the first day; choose a later one.';
  });
  if (values.members.length > MAX_MEMBERS) errors.members = `A team has at most ${MAX_MEMBERS} members besides the owner; remove some.`;
  return errors;
}

/** The PUT body for rows that passed {@link validateTeam}. */
export function toTeamInput(values: TeamValues): TeamInput {
  return {
    members: values.members.map((row) => ({
      userId: row.userId ?? '',
      role: row.role as TeamRole,
      allocationPct: readNumber(row.allocationPct) ?? 0,
      since: row.since,
      until: row.until || null,
    })),
  };
}

/**
 * Places the server's 422 errors ("members[2].until") at the form's fields ("members.2.until"); what names no
 * row's field is returned to be shown above the buttons.
 */
export function placeTeamErrors(errors: readonly { field?: string | null; message: string }[], rows: number) {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  const known = /^members\.(\d+)\.(userId|role|allocationPct|since|until)$/;
  for (const { field, message } of errors) {
    const path = (field ?? '').replace(/\[(\d+)\]/g, '.$1');
    const match = known.exec(path);
    if (match && Number(match[1]) < rows) fields[path] = fields[path] ? `${fields[path]} ${message}` : message;
    else unplaced.push(message);
  }
  return { fields, unplaced };
}
