package com.stratum.security;

/**
 * Turns the credentials a request carries into its caller, for {@link AccessFilter}. Implemented where API tokens
 * and sessions live (com.stratum.auth), so that this package, which every feature uses, depends on none of them.
 */
public interface Credentials {
    /** The caller behind a bearer token; a 401 problem when it is unknown, revoked, expired or its user inactive. */
    Caller apiToken(String secret);

    /** The caller behind a session cookie; a 401 problem when it is unknown, idle too long or its user inactive. */
    Caller session(String secret);
}
