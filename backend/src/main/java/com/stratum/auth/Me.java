package com.stratum.auth;

import com.stratum.security.Scope;
import com.stratum.user.UserView;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who the request is from and what it may do.")
public record Me(
        @Schema(required = true) UserView user,
        @Schema(required = true, description = "What this request may do: the role's scopes, narrowed by the"
                + " token's when a token is used.") List<Scope> scopes,
        @Schema(required = true, nullable = true, description = "For signed-in browsers: send it as the"
                + " X-CSRF-Token header with every POST, PUT, PATCH and DELETE. Null for API tokens.")
        String csrfToken,
        @Schema(required = true, nullable = true, description = "The API token in use, if any.") UUID tokenId,
        @Schema(required = true, nullable = true, description = "A session ends after this many seconds without"
                + " a request. Null for API tokens.") Long idleTimeoutSeconds) {
}
