package com.stratum.account;

import com.stratum.security.Caller;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Problems;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may work on an account's day-to-day records (QBRs, contacts, and later activities and tasks): the one
 * home of that rule. Changing the account itself (tier, owner, team) stays with the owner and managers, checked
 * by {@link CurrentCaller#requireAccountWrite}.
 */
@ApplicationScoped
public class AccountAccess {
    private final AccountTeamService team;

    public AccountAccess(AccountTeamService team) {
        this.team = team;
    }

    /**
     * Owner, managers and admins, and the account's current team members (on the team today: since ≤ today ≤
     * until) who may work on accounts at all (not viewers), each with the scope.
     */
    public void requireWorkOn(Account account, Scope scope) {
        if (CurrentCaller.isSystem() || CurrentCaller.mayChangeAccount(account.ownerId)) {
            CurrentCaller.requireAccountWrite(account.ownerId, scope);
            return;
        }
        Caller caller = CurrentCaller.ofRequest().orElseThrow();
        if (!caller.can(scope)) {
            throw Problems.missingScope(scope);
        }
        if (caller.atLeast(Role.ACCOUNT_MANAGER) && team.isCurrentMember(account.id, caller.userId())) {
            return;
        }
        throw Problems.forbidden(caller.role() == Role.ACCOUNT_MANAGER
                ? "Account managers can change only the accounts they own or whose team they are on today."
                : "Your role (" + caller.role() + ") cannot change accounts.");
    }

    /**
     * Whether {@code user} may work on the account, by the same rule as {@link #requireWorkOn}: an active user who
     * owns it, is a manager or admin, or is an account manager on its team today. Viewers never may. For
     * features that pick someone to do the work (a task's assignee).
     */
    public boolean mayWorkOn(Account account, User user) {
        if (!user.active || !user.role.atLeast(Role.ACCOUNT_MANAGER)) {
            return false;
        }
        return user.role.atLeast(Role.MANAGER) || user.id.equals(account.ownerId)
                || team.isCurrentMember(account.id, user.id);
    }
}
