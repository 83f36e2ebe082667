package com.stratum.account;

import com.stratum.security.CurrentCaller;
import com.stratum.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may work on an account's day-to-day records (QBRs, contacts, and later activities and tasks): the one
 * home of that rule. Changing the account itself (tier, owner, team) stays with the owner and managers, checked
 * by {@link CurrentCaller#requireAccountWrite}.
 */
@ApplicationScoped
public class AccountAccess {

    /** Owner, managers and admins; the account team joins them (issue 14). */
    public void requireWorkOn(Account account, Scope scope) {
        CurrentCaller.requireAccountWrite(account.ownerId, scope);
    }
}
