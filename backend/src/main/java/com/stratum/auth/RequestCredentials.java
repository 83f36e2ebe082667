package com.stratum.auth;

import com.stratum.security.Caller;
import com.stratum.security.Credentials;
import jakarta.enterprise.context.ApplicationScoped;

/** API tokens and browser sessions, as {@link com.stratum.security.AccessFilter} checks them on every request. */
@ApplicationScoped
public class RequestCredentials implements Credentials {
    private final VerifiedTokens tokens;
    private final VerifiedSessions sessions;

    public RequestCredentials(VerifiedTokens tokens, VerifiedSessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @Override
    public Caller apiToken(String secret) {
        return tokens.resolve(secret);
    }

    @Override
    public Caller apiTokenAsOf(String secret, Caller caller, long credentialVersion) {
        return tokens.asOf(secret, caller, credentialVersion);
    }

    @Override
    public Caller session(String secret) {
        return sessions.resolve(secret);
    }

    @Override
    public Caller sessionAsOf(String secret, Caller caller, long credentialVersion) {
        return sessions.asOf(secret, caller, credentialVersion);
    }
}
