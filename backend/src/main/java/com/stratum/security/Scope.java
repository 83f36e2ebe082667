package com.stratum.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an API token may be used for. A request can do what its scopes and its user's role both allow. */
@Schema(enumeration = {"accounts:read", "accounts:write", "surveys:read", "surveys:write", "opportunities:read",
    "opportunities:write", "contacts:read", "contacts:write", "activities:read", "activities:write",
    "tasks:read", "tasks:write", "events:read",
    "events:write", "revenue:read", "revenue:write", "webhooks:admin", "admin"})
public enum Scope {
    ACCOUNTS_READ(Scope.ACCOUNTS_READ_NAME),
    ACCOUNTS_WRITE(Scope.ACCOUNTS_WRITE_NAME),
    SURVEYS_READ(Scope.SURVEYS_READ_NAME),
    SURVEYS_WRITE(Scope.SURVEYS_WRITE_NAME),
    OPPORTUNITIES_READ(Scope.OPPORTUNITIES_READ_NAME),
    OPPORTUNITIES_WRITE(Scope.OPPORTUNITIES_WRITE_NAME),
    CONTACTS_READ(Scope.CONTACTS_READ_NAME),
    CONTACTS_WRITE(Scope.CONTACTS_WRITE_NAME),
    ACTIVITIES_READ(Scope.ACTIVITIES_READ_NAME),
    ACTIVITIES_WRITE(Scope.ACTIVITIES_WRITE_NAME),
    TASKS_READ(Scope.TASKS_READ_NAME),
    TASKS_WRITE(Scope.TASKS_WRITE_NAME),
    EVENTS_READ(Scope.EVENTS_READ_NAME),
    EVENTS_WRITE(Scope.EVENTS_WRITE_NAME),
    REVENUE_READ(Scope.REVENUE_READ_NAME),
    REVENUE_WRITE(Scope.REVENUE_WRITE_NAME),
    WEBHOOKS_ADMIN(Scope.WEBHOOKS_ADMIN_NAME),
    ADMIN(Scope.ADMIN_NAME);

    // Names as constants so that resource annotations (which need constants) and this enum agree.
    public static final String ACCOUNTS_READ_NAME = "accounts:read";
    public static final String ACCOUNTS_WRITE_NAME = "accounts:write";
    public static final String SURVEYS_READ_NAME = "surveys:read";
    public static final String SURVEYS_WRITE_NAME = "surveys:write";
    public static final String OPPORTUNITIES_READ_NAME = "opportunities:read";
    public static final String OPPORTUNITIES_WRITE_NAME = "opportunities:write";
    public static final String CONTACTS_READ_NAME = "contacts:read";
    public static final String CONTACTS_WRITE_NAME = "contacts:write";
    public static final String ACTIVITIES_READ_NAME = "activities:read";
    public static final String ACTIVITIES_WRITE_NAME = "activities:write";
    public static final String TASKS_READ_NAME = "tasks:read";
    public static final String TASKS_WRITE_NAME = "tasks:write";
    public static final String EVENTS_READ_NAME = "events:read";
    public static final String EVENTS_WRITE_NAME = "events:write";
    public static final String REVENUE_READ_NAME = "revenue:read";
    public static final String REVENUE_WRITE_NAME = "revenue:write";
    public static final String WEBHOOKS_ADMIN_NAME = "webhooks:admin";
    public static final String ADMIN_NAME = "admin";

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static Scope of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scope " + value));
    }

    /** The scopes a role grants: everyone reads, writers write, only admins administer (webhooks too). */
    public static Set<Scope> grantedTo(Role role) {
        return switch (role) {
            case VIEWER -> EnumSet.of(ACCOUNTS_READ, SURVEYS_READ, OPPORTUNITIES_READ, CONTACTS_READ,
                    ACTIVITIES_READ, TASKS_READ, EVENTS_READ, REVENUE_READ);
            case ACCOUNT_MANAGER, MANAGER -> EnumSet.complementOf(EnumSet.of(WEBHOOKS_ADMIN, ADMIN));
            case ADMIN -> EnumSet.allOf(Scope.class);
        };
    }
}
