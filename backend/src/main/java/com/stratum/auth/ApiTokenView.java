package com.stratum.auth;

import com.stratum.security.Scope;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An API token as listed: never the secret, only the prefix it starts with.")
public record ApiTokenView(
        @Schema(required = true, readOnly = true) UUID id,
        @Schema(required = true, examples = "Billing sync") String name,
        @Schema(required = true, description = "The first characters of the token, to recognise it.",
                examples = "stm_Q3x9LkPa") String prefix,
        @Schema(required = true) List<Scope> scopes,
        @Schema(required = true, description = "The user the token acts for.") UUID userId,
        @Schema(required = true) String userName,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, nullable = true) Instant lastUsedAt,
        @Schema(required = true, nullable = true, description = "Null: the token does not expire.")
        Instant expiresAt,
        @Schema(required = true, description = "True once expiresAt has passed.") boolean expired) {

    static ApiTokenView of(ApiToken token, String userName, Instant now) {
        return new ApiTokenView(token.id, token.name, token.prefix, token.scopeSet().stream().toList(), token.userId,
                userName, token.createdAt, token.lastUsedAt, token.expiresAt,
                token.expiresAt != null && !token.expiresAt.isAfter(now));
    }
}
