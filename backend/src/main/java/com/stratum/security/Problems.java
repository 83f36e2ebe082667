package com.stratum.security;

import com.stratum.common.ApiProblem;

/** The problems of authentication and authorisation, worded the same everywhere. */
public final class Problems {
    private Problems() {
    }

    public static ApiProblem unauthenticated(String detail) {
        return new ApiProblem(401, "unauthenticated", "Unauthenticated", detail, null)
                .header("WWW-Authenticate", "Bearer realm=\"stratum\"");
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", "Forbidden", detail, null);
    }

    public static ApiProblem missingScope(Scope scope) {
        return forbidden("This needs the " + scope.value() + " scope, which this request does not have.");
    }

    public static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiProblem(429, "too-many-requests", "Too many requests", detail, null)
                .header("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)))
                .with("retryAfterSeconds", Math.max(1, retryAfterSeconds));
    }
}
