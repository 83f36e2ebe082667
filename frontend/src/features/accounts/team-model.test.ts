import { describe, expect, it } from 'vitest';
import { makeMe, USER_ID } from '../../test/fixtures';
import { canEditTeam, canWriteQbrs } from '../auth/permissions';
import type { Team } from './team-api';
import { emptyRow, isCurrentMember, MAX_MEMBERS, periodLabel, placeTeamErrors, teamToValues, toTeamInput, validateTeam, type TeamValues } from './team-model';

const OWNER = '22222222-2222-4222-8222-222222222222';
const OTHER = '33333333-3333-4333-8333-333333333333';

function team(overrides: Partial<Team> = {}): Team {
  return {
    accountId: '44444444-4444-4444-8444-444444444444',
    ownerId: OWNER,
    ownerName: 'Olive Owner',
    ownerActive: true,
    members: [
      {
        userId: USER_ID.ACCOUNT_MANAGER,
        name: 'Test account_manager',
        active: true,
        role: 'CUSTOMER_SUCCESS',
        allocationPct: 40,
        since: '2026-01-01',
        until: null,
        current: true,
      },
      { userId: OTHER, name: 'Past Member', active: true, role: 'SPECIALIST', allocationPct: 10, since: '2025-01-01', until: '2025-12-31', current: false },
    ],
    version: 3,
    ...overrides,
  };
}

function values(...rows: Partial<TeamValues['members'][number]>[]): TeamValues {
  return { members: rows.map((r) => ({ ...emptyRow('2026-05-01'), userId: OTHER, role: 'SPECIALIST', allocationPct: 20, ...r })) };
}

describe('team model', () => {
  it('knows who is on the team today from the server’s current flag', () => {
    expect(isCurrentMember(team(), USER_ID.ACCOUNT_MANAGER)).toBe(true);
    expect(isCurrentMember(team(), OTHER)).toBe(false); // their time ended
    expect(isCurrentMember(team(), OWNER)).toBe(false); // the owner is no member row; ownership decides for them
    expect(isCurrentMember(undefined, USER_ID.ACCOUNT_MANAGER)).toBe(false);
    expect(isCurrentMember(team(), null)).toBe(false);
  });

  it('lets a current member record QBRs but not edit the team', () => {
    const am = makeMe('ACCOUNT_MANAGER');
    expect(canWriteQbrs(am, OWNER)).toBe(false);
    expect(canWriteQbrs(am, OWNER, isCurrentMember(team(), am.user.id))).toBe(true);
    expect(canEditTeam(am, OWNER)).toBe(false);
    expect(canEditTeam(am, am.user.id)).toBe(true);
    expect(canEditTeam(makeMe('MANAGER'), OWNER)).toBe(true);
    // A viewer on a team (the server refuses to add one) still reads only; so does a token without the scope.
    expect(canWriteQbrs(makeMe('VIEWER'), OWNER, true)).toBe(false);
    const readOnly = { ...am, scopes: am.scopes.filter((s) => s !== 'surveys:write') };
    expect(canWriteQbrs(readOnly, OWNER, true)).toBe(false);
  });

  it('shows a member’s time on the team', () => {
    expect(periodLabel({ since: '2026-01-01', until: null })).toBe('since 2026-01-01');
    expect(periodLabel({ since: '2025-01-01', until: '2025-12-31' })).toBe('2025-01-01 – 2025-12-31');
  });

  it('edits the members as rows and sends them back as they were typed', () => {
    const v = teamToValues(team());
    expect(v.members.map((m) => [m.userId, m.role, m.allocationPct, m.since, m.until])).toEqual([
      [USER_ID.ACCOUNT_MANAGER, 'CUSTOMER_SUCCESS', 40, '2026-01-01', ''],
      [OTHER, 'SPECIALIST', 10, '2025-01-01', '2025-12-31'],
    ]);
    expect(toTeamInput(v)).toEqual({
      members: [
        { userId: USER_ID.ACCOUNT_MANAGER, role: 'CUSTOMER_SUCCESS', allocationPct: 40, since: '2026-01-01', until: null },
        { userId: OTHER, role: 'SPECIALIST', allocationPct: 10, since: '2025-01-01', until: '2025-12-31' },
      ],
    });
    expect(toTeamInput(values({ allocationPct: '35' })).members[0]?.allocationPct).toBe(35);
  });

  it('refuses before asking what the server would refuse, at the field', () => {
    expect(validateTeam(values({}), OWNER)).toEqual({});
    expect(validateTeam(values({ userId: OWNER }), OWNER)).toEqual({ 'members.0.userId': 'The owner is on the team already; choose someone else.' });
    expect(validateTeam(values({}, {}), OWNER)).toEqual({ 'members.1.userId': 'This person is already member 1; list each person once.' });
    expect(validateTeam(values({ userId: null, role: null }), OWNER)).toEqual({ 'members.0.userId': 'Choose a person.', 'members.0.role': 'Choose a role.' });
    expect(validateTeam(values({ allocationPct: 0 }), OWNER)['members.0.allocationPct']).toBe('Enter a whole number from 1 to 100.');
    expect(validateTeam(values({ allocationPct: 101 }), OWNER)['members.0.allocationPct']).toBe('Enter a whole number from 1 to 100.');
    expect(validateTeam(values({ allocationPct: 12.5 }), OWNER)['members.0.allocationPct']).toBe('Enter a whole number, without decimals.');
    expect(validateTeam(values({ allocationPct: '' }), OWNER)['members.0.allocationPct']).toBe('Enter the share of their time, from 1 to 100.');
    expect(validateTeam(values({ since: '2026-05-01', until: '2026-04-30' }), OWNER)['members.0.until']).toBe(
      'The last day comes before the first day; choose a later one.',
    );
    expect(validateTeam(values({ since: '2026-05-01', until: '2026-05-01' }), OWNER)).toEqual({});
    expect(validateTeam(values({ since: '' }), OWNER)['members.0.since']).toBeDefined();
    const tooMany = {
      members: Array.from({ length: MAX_MEMBERS + 1 }, (_, i) => ({
        ...emptyRow('2026-05-01'),
        userId: `u-${i}`,
        role: 'SPECIALIST' as const,
        allocationPct: 1,
      })),
    };
    expect(validateTeam(tooMany, OWNER).members).toContain(`at most ${MAX_MEMBERS} members`);
  });

  it('places the server’s refusals at the rows they name', () => {
    const placed = placeTeamErrors(
      [
        { field: 'members[1].until', message: 'Member 2: the last day comes first.' },
        { field: 'members[0].userId', message: 'Member 1: inactive.' },
        { field: 'members', message: 'Use at most 50 items.' },
        { field: 'members[7].role', message: 'No such row.' },
      ],
      2,
    );
    expect(placed.fields).toEqual({ 'members.1.until': 'Member 2: the last day comes first.', 'members.0.userId': 'Member 1: inactive.' });
    expect(placed.unplaced).toEqual(['Use at most 50 items.', 'No such row.']);
  });
});
