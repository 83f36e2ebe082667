/**
 * What the signed-in person may do, so screens hide or disable what would be refused. The server decides
 * in the end (a 403 still shows its explanation); these mirror its rules:
 *
 * - VIEWER reads only.
 * - ACCOUNT_MANAGER changes the accounts they own, with those accounts' QBRs, contacts and opportunities, and creates
 *   accounts owned by themselves in the STANDARD tier. On an account's team (today), they also work on its QBRs and
 *   contacts, but not on the account itself, its tier, owner or team.
 * - MANAGER changes every account, tiers, QBRs, opportunities, tier policies and survey templates.
 * - ADMIN also manages users, everyone's API tokens and reads the audit log.
 *
 * Every check also needs the scope (a token narrows a role; a browser session has the role's scopes).
 */
import type { Schemas } from '../../api/client';
import { scopeValues } from '../../api/schema';

type Me = Schemas['Me'];
type Role = Schemas['Role'];
export type Scope = Schemas['Scope'];

type MaybeMe = Me | null | undefined;

export function hasScope(me: MaybeMe, scope: Scope): boolean {
  return !!me && me.scopes.includes(scope);
}

export function hasRole(me: MaybeMe, ...roles: Role[]): boolean {
  return !!me && roles.includes(me.user.role);
}

export function isAdmin(me: MaybeMe): boolean {
  return hasRole(me, 'ADMIN');
}

/** Managers and admins: every account, tiers, tier policies, survey templates. */
export function canManage(me: MaybeMe): boolean {
  return hasRole(me, 'MANAGER', 'ADMIN');
}

/**
 * May change an account with this owner (and, with the matching scope, its QBRs or opportunities):
 * managers and admins any, account managers only their own.
 */
/** Products, revenue batches and CSV imports: managers and admins with revenue:write. */
export function canManageRevenue(me: MaybeMe): boolean {
  return hasRole(me, 'ADMIN', 'MANAGER') && hasScope(me, 'revenue:write');
}

/** CSV imports of accounts (and of contacts, which also need contacts:write): managers and admins. */
export function canImport(me: MaybeMe, kind: 'ACCOUNTS' | 'CONTACTS'): boolean {
  return hasRole(me, 'ADMIN', 'MANAGER') && hasScope(me, 'accounts:write') && (kind === 'ACCOUNTS' || hasScope(me, 'contacts:write'));
}

/** Webhooks and their delivery log: admins with webhooks:admin. */
export function canManageWebhooks(me: MaybeMe): boolean {
  return hasRole(me, 'ADMIN') && hasScope(me, 'webhooks:admin');
}

export function canWriteAccount(me: MaybeMe, ownerId: string | null | undefined, scope: Scope = 'accounts:write'): boolean {
  if (!me || !hasScope(me, scope)) return false;
  if (canManage(me)) return true;
  return me.user.role === 'ACCOUNT_MANAGER' && !!ownerId && ownerId === me.user.id;
}

/** May create accounts at all (account managers: owned by themselves, STANDARD only). */
export function canCreateAccount(me: MaybeMe): boolean {
  return hasScope(me, 'accounts:write') && hasRole(me, 'ACCOUNT_MANAGER', 'MANAGER', 'ADMIN');
}

/** Tier changes are a manager's decision. */
export function canChangeTier(me: MaybeMe): boolean {
  return canManage(me) && hasScope(me, 'accounts:write');
}

/** May reassign an account to another owner, or create one for someone else. */
export function canAssignOwner(me: MaybeMe): boolean {
  return canManage(me) && hasScope(me, 'accounts:write');
}

/**
 * May schedule, send and record the account's QBRs: whoever may change the account, and a current member of its
 * team (`onTeam`: the team lists them as current) who may work on accounts at all.
 */
export function canWriteQbrs(me: MaybeMe, accountOwnerId: string | null | undefined, onTeam = false): boolean {
  return canWorkOnAccount(me, accountOwnerId, 'surveys:write', onTeam);
}

/** The account's team is edited by its owner and by managers, not by its members. */
export function canEditTeam(me: MaybeMe, accountOwnerId: string | null | undefined): boolean {
  return canWriteAccount(me, accountOwnerId, 'accounts:write');
}

/**
 * May work on an account's day-to-day records with this scope (the server's AccountAccess): whoever may change the
 * account, and a current member of its team (`onTeam`) who may work on accounts at all.
 */
export function canWorkOnAccount(me: MaybeMe, accountOwnerId: string | null | undefined, scope: Scope, onTeam = false): boolean {
  if (canWriteAccount(me, accountOwnerId, scope)) return true;
  return onTeam && hasScope(me, scope) && hasRole(me, 'ACCOUNT_MANAGER', 'MANAGER', 'ADMIN');
}

/** May add, change and delete this account's contacts and business units. */
export function canWriteContacts(me: MaybeMe, accountOwnerId: string | null | undefined, onTeam = false): boolean {
  return canWorkOnAccount(me, accountOwnerId, 'contacts:write', onTeam);
}

export function canWriteOpportunities(me: MaybeMe, accountOwnerId: string | null | undefined): boolean {
  return canWriteAccount(me, accountOwnerId, 'opportunities:write');
}

/** May create opportunities on some account (which ones, the server checks against the account's owner). */
export function canCreateOpportunity(me: MaybeMe): boolean {
  return hasScope(me, 'opportunities:write') && hasRole(me, 'ACCOUNT_MANAGER', 'MANAGER', 'ADMIN');
}

export function canEditTierPolicies(me: MaybeMe): boolean {
  return canManage(me) && hasScope(me, 'accounts:write');
}

/** Survey templates are a manager's to create, change and copy. */
export function canEditTemplates(me: MaybeMe): boolean {
  return canManage(me) && hasScope(me, 'surveys:write');
}

/** The workload of every owner, for the people who balance it. */
export function canSeeWorkload(me: MaybeMe): boolean {
  return canManage(me) && hasScope(me, 'accounts:read');
}

export function canManageUsers(me: MaybeMe): boolean {
  return isAdmin(me);
}

export function canReadAuditLog(me: MaybeMe): boolean {
  return isAdmin(me);
}

/** Admins see and revoke everyone's API tokens; everyone else their own. */
export function canManageAllTokens(me: MaybeMe): boolean {
  return isAdmin(me) && hasScope(me, 'admin');
}

/** The scopes a new API token may get: at most what the person's role (as narrowed now) allows. */
export function grantableScopes(me: MaybeMe): Scope[] {
  return scopeValues.filter((s) => hasScope(me, s));
}
