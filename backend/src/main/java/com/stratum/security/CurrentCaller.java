package com.stratum.security;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller of the current request, set by {@link AccessFilter}, plus the API operation being served
 * (the audit log names it). Outside any request (start-up jobs such as demo data) there is no caller
 * and the code runs as the system.
 */
@RequestScoped
public class CurrentCaller {
    private Caller caller;
    private String action;
    private boolean writing;

    /** Set by {@link AccessFilter}, and by sign-in once the password is checked. */
    public void set(Caller caller) {
        this.caller = caller;
    }

    void operation(String action, boolean writing) {
        this.action = action;
        this.writing = writing;
    }

    /** Whether the request may change data (not GET or HEAD): the audit log then needs to know who it is. */
    public boolean writing() {
        return writing;
    }

    public String action() {
        return action;
    }

    public Optional<Caller> get() {
        return Optional.ofNullable(caller);
    }

    public Caller require() {
        if (caller == null) {
            throw Problems.unauthenticated("Sign in or send an API token.");
        }
        return caller;
    }

    /** The current caller when code runs inside an HTTP request; empty for the system (start-up jobs). */
    public static Optional<Caller> ofRequest() {
        if (isSystem()) {
            return Optional.empty();
        }
        return Arc.container().instance(CurrentCaller.class).get().get();
    }

    /**
     * True when code runs outside any API request: start-up jobs (demo data, the first admin) act as the
     * system, with every right. A request context alone is not enough to tell: start-up observers run in one
     * too; only a request that went through {@link AccessFilter} names an operation.
     */
    public static boolean isSystem() {
        return !Arc.container().requestContext().isActive()
                || Arc.container().instance(CurrentCaller.class).get().action() == null;
    }

    /** The display name recorded in history rows ("who"), or null for the system and the public. */
    public static String whoName() {
        return ofRequest().map(Caller::name).orElse(null);
    }

    /**
     * Whether the caller may change an account (and its QBRs and opportunities): managers and admins any,
     * account managers only their own.
     */
    public static void requireAccountWrite(UUID ownerId, Scope scope) {
        if (isSystem()) {
            return;
        }
        Caller caller = Arc.container().instance(CurrentCaller.class).get().require();
        if (!caller.can(scope)) {
            throw Problems.missingScope(scope);
        }
        if (mayChange(caller, ownerId)) {
            return;
        }
        throw Problems.forbidden(caller.role() == Role.ACCOUNT_MANAGER
                ? "Account managers can change only the accounts they own."
                : "Your role (" + caller.role() + ") cannot change accounts.");
    }

    /** Whether the caller could change an account with this owner, without asking for a scope. */
    public static boolean mayChangeAccount(UUID ownerId) {
        if (isSystem()) {
            return true;
        }
        return mayChange(Arc.container().instance(CurrentCaller.class).get().require(), ownerId);
    }

    /** Managers and admins change any account, account managers only their own. */
    private static boolean mayChange(Caller caller, UUID ownerId) {
        return caller.atLeast(Role.MANAGER) || caller.role() == Role.ACCOUNT_MANAGER && caller.userId().equals(ownerId);
    }

    /** Requires at least the given role (start-up jobs pass). */
    public static void requireRole(Role role, String what) {
        if (isSystem()) {
            return;
        }
        Caller caller = Arc.container().instance(CurrentCaller.class).get().require();
        if (!caller.atLeast(role)) {
            throw Problems.forbidden(what + " needs the " + role + " role or higher; you are " + caller.role() + ".");
        }
    }

    public static Optional<UUID> userId() {
        return ofRequest().map(Caller::userId);
    }
}
