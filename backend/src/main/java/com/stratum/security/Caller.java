package com.stratum.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is making the current request: a signed-in user (session) or an integration (API token).
 * {@code scopes} is already the intersection of the token's scopes and the role's.
 */
public record Caller(UUID userId, String name, Role role, Set<Scope> scopes, UUID tokenId, UUID sessionId,
        String csrfToken) {

    public boolean viaToken() {
        return tokenId != null;
    }

    public boolean can(Scope scope) {
        return scopes.contains(scope);
    }

    public boolean atLeast(Role required) {
        return role.atLeast(required);
    }
}
