package com.stratum.sync;

import com.stratum.security.Scope;

/** The kinds of record whose deletion sync lists, and the read scope each needs (its list's scope). */
public enum DeletedType {
    ACCOUNT(Scope.ACCOUNTS_READ),
    CONTACT(Scope.CONTACTS_READ),
    BUSINESS_UNIT(Scope.CONTACTS_READ),
    OPPORTUNITY(Scope.OPPORTUNITIES_READ),
    QBR(Scope.SURVEYS_READ),
    ACTIVITY(Scope.ACTIVITIES_READ),
    TASK(Scope.TASKS_READ),
    PRODUCT(Scope.REVENUE_READ),
    CONTRACT(Scope.REVENUE_READ),
    ACCOUNT_EVENT(Scope.EVENTS_READ),
    COMPETITOR(Scope.ACCOUNTS_READ),
    OFFERING_GAP(Scope.ACCOUNTS_READ),
    WEBHOOK(Scope.WEBHOOKS_ADMIN),
    /** A revoked API token: never listed again. */
    API_TOKEN(Scope.ADMIN);

    final Scope scope;

    DeletedType(Scope scope) {
        this.scope = scope;
    }
}
