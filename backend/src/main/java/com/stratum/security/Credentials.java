package com.stratum.security;

/**
 * Turns the credentials a request carries into its caller, for {@link AccessFilter}. Implemented where API tokens
 * and sessions live (com.stratum.auth), so that this package, which every feature uses, depends on none of them.
 */
public interface Credentials {
    /**
     * The caller behind a bearer token; a 401 problem when it is unknown, revoked, expired or its user inactive.
     * May answer from what was verified earlier: {@link #apiTokenAsOf} says whether that still holds.
     */
    Caller apiToken(String secret);

    /**
     * The caller behind a bearer token as of {@code credentialVersion} (the database's credential counter, read
     * after the request began): the caller {@link #apiToken} gave when it was verified at that version or later,
     * else the token looked up again (a 401 problem when it no longer holds).
     */
    Caller apiTokenAsOf(String secret, Caller caller, long credentialVersion);

    /**
     * The caller behind a session cookie; a 401 problem when it is unknown, idle too long or its user inactive. May
     * answer from what was verified earlier: {@link #sessionAsOf} says whether that still holds.
     */
    Caller session(String secret);

    /** As {@link #apiTokenAsOf}, for a session cookie. */
    Caller sessionAsOf(String secret, Caller caller, long credentialVersion);
}
