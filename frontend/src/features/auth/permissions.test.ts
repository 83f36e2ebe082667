import { describe, expect, it } from 'vitest';
import { makeMe, USER_ID } from '../../test/fixtures';
import {
  canAssignOwner,
  canChangeTier,
  canCreateAccount,
  canCreateOpportunity,
  canEditTierPolicies,
  canManage,
  canManageAllTokens,
  canManageUsers,
  canManageWebhooks,
  canReadAuditLog,
  canWriteAccount,
  canWriteContacts,
  canWriteOpportunities,
  canWriteQbrs,
  grantableScopes,
  hasScope,
  isAdmin,
} from './permissions';

const viewer = makeMe('VIEWER');
const am = makeMe('ACCOUNT_MANAGER');
const manager = makeMe('MANAGER');
const admin = makeMe('ADMIN');
const someoneElse = '11111111-1111-4111-8111-111111111111';

describe('permissions', () => {
  it('lets nobody do anything while signed out', () => {
    for (const me of [null, undefined]) {
      expect(hasScope(me, 'accounts:read')).toBe(false);
      expect(canWriteAccount(me, someoneElse)).toBe(false);
      expect(canCreateAccount(me)).toBe(false);
      expect(canManage(me)).toBe(false);
      expect(isAdmin(me)).toBe(false);
      expect(grantableScopes(me)).toEqual([]);
    }
  });

  it('VIEWER reads only', () => {
    expect(hasScope(viewer, 'accounts:read')).toBe(true);
    expect(canWriteAccount(viewer, viewer.user.id)).toBe(false);
    expect(canCreateAccount(viewer)).toBe(false);
    expect(canWriteQbrs(viewer, viewer.user.id)).toBe(false);
    expect(canWriteOpportunities(viewer, viewer.user.id)).toBe(false);
    expect(canCreateOpportunity(viewer)).toBe(false);
    expect(canChangeTier(viewer)).toBe(false);
    expect(canEditTierPolicies(viewer)).toBe(false);
    expect(grantableScopes(viewer)).toEqual([
      'accounts:read',
      'surveys:read',
      'opportunities:read',
      'contacts:read',
      'activities:read',
      'tasks:read',
      'events:read',
      'revenue:read',
    ]);
  });

  it('ACCOUNT_MANAGER writes only the accounts they own, and cannot change tiers or owners', () => {
    expect(canWriteAccount(am, USER_ID.ACCOUNT_MANAGER)).toBe(true);
    expect(canWriteAccount(am, someoneElse)).toBe(false);
    expect(canWriteAccount(am, null)).toBe(false);
    expect(canWriteQbrs(am, USER_ID.ACCOUNT_MANAGER)).toBe(true);
    expect(canWriteQbrs(am, someoneElse)).toBe(false);
    expect(canWriteOpportunities(am, USER_ID.ACCOUNT_MANAGER)).toBe(true);
    expect(canWriteOpportunities(am, someoneElse)).toBe(false);
    expect(canCreateAccount(am)).toBe(true);
    expect(canCreateOpportunity(am)).toBe(true);
    expect(canChangeTier(am)).toBe(false);
    expect(canAssignOwner(am)).toBe(false);
    expect(canManage(am)).toBe(false);
    expect(canEditTierPolicies(am)).toBe(false);
    expect(canManageUsers(am)).toBe(false);
    expect(grantableScopes(am)).not.toContain('admin');
    expect(grantableScopes(am)).not.toContain('webhooks:admin');
    expect(canManageWebhooks(am)).toBe(false);
  });

  it('MANAGER writes every account, tiers and tier policies, but is no admin', () => {
    expect(canWriteAccount(manager, someoneElse)).toBe(true);
    expect(canWriteAccount(manager, null)).toBe(true);
    expect(canWriteQbrs(manager, someoneElse)).toBe(true);
    expect(canWriteOpportunities(manager, someoneElse)).toBe(true);
    expect(canChangeTier(manager)).toBe(true);
    expect(canAssignOwner(manager)).toBe(true);
    expect(canEditTierPolicies(manager)).toBe(true);
    expect(canManageUsers(manager)).toBe(false);
    expect(canReadAuditLog(manager)).toBe(false);
    expect(canManageAllTokens(manager)).toBe(false);
    expect(canManageWebhooks(manager)).toBe(false);
  });

  it('ADMIN also manages users, everyone’s tokens and reads the audit log', () => {
    expect(canManage(admin)).toBe(true);
    expect(isAdmin(admin)).toBe(true);
    expect(canManageUsers(admin)).toBe(true);
    expect(canReadAuditLog(admin)).toBe(true);
    expect(canManageAllTokens(admin)).toBe(true);
    expect(grantableScopes(admin)).toContain('admin');
    expect(grantableScopes(admin)).toContain('webhooks:admin');
    expect(canManageWebhooks(admin)).toBe(true);
  });

  it('needs the scope as well as the role (a token narrows what a role may do)', () => {
    const readOnlyManager = { ...manager, scopes: ['accounts:read', 'opportunities:write'] as typeof manager.scopes };
    expect(canWriteAccount(readOnlyManager, someoneElse)).toBe(false);
    expect(canChangeTier(readOnlyManager)).toBe(false);
    expect(canWriteQbrs(readOnlyManager, someoneElse)).toBe(false);
    expect(canWriteOpportunities(readOnlyManager, someoneElse)).toBe(true);
    const adminWithoutAdminScope = { ...admin, scopes: ['accounts:read'] as typeof admin.scopes };
    expect(canManageAllTokens(adminWithoutAdminScope)).toBe(false);
    expect(grantableScopes(adminWithoutAdminScope)).toEqual(['accounts:read']);
  });
  it('contacts: the owner, managers and the account team change them; a viewer and other account managers do not', () => {
    expect(canWriteContacts(am, USER_ID.ACCOUNT_MANAGER)).toBe(true);
    expect(canWriteContacts(am, someoneElse)).toBe(false);
    expect(canWriteContacts(am, someoneElse, true)).toBe(true);
    expect(canWriteContacts(manager, someoneElse)).toBe(true);
    expect(canWriteContacts(viewer, USER_ID.VIEWER, true)).toBe(false);
    const noContactScope = { ...am, scopes: am.scopes.filter((s) => s !== 'contacts:write') };
    expect(canWriteContacts(noContactScope, USER_ID.ACCOUNT_MANAGER)).toBe(false);
    expect(canWriteContacts(noContactScope, someoneElse, true)).toBe(false);
  });
});
