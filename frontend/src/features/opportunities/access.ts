import { useAccount } from '../accounts/api';
import { useMe, type Me } from '../auth/api';
import { canManage, canWriteOpportunities, hasScope } from '../auth/permissions';
import type { Opportunity } from './model';

/**
 * Whether the signed-in person may move this card on the board. The board does not load each card's
 * account, so the opportunity's owner (by default the account's owner) stands in for it; the server has
 * the last word and a refusal shows its reason.
 */
export function canMoveCard(me: Me | null | undefined, o: Pick<Opportunity, 'closed' | 'ownerId'>): boolean {
  return !o.closed && canWriteOpportunities(me, o.ownerId);
}

/**
 * Whether the signed-in person may change opportunities of this account. Managers and admins may change
 * any; an account manager only those of accounts they own, so for them the account is looked up (it is
 * usually cached already).
 */
export function useCanWriteAccountOpportunities(accountId: string | null | undefined): boolean {
  const me = useMe().data;
  const needsOwner = !!accountId && !!me && !canManage(me) && me.user.role === 'ACCOUNT_MANAGER' && hasScope(me, 'opportunities:write');
  const account = useAccount(accountId ?? '', needsOwner);
  if (!me || !accountId) return false;
  if (canManage(me)) return hasScope(me, 'opportunities:write');
  return needsOwner && canWriteOpportunities(me, account.data?.ownerId);
}
