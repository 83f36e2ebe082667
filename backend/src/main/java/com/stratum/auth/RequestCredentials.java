package com.stratum.auth;

import com.stratum.security.Caller;
import com.stratum.security.Credentials;
import jakarta.enterprise.context.ApplicationScoped;

/** API tokens and browser sessions, as {@link com.stratum.security.AccessFilter} checks them on every request. */
@ApplicationScoped
public class RequestCredentials implements Credentials {
    private final ApiTokenService tokens;
    private final SessionService sessions;

    public RequestCredentials(ApiTokenService tokens, SessionService sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @Override
    public Caller apiToken(String secret) {
        return tokens.resolve(secret);
    }

    @Override
    public Caller session(String secret) {
        return sessions.resolve(secret);
    }
}
