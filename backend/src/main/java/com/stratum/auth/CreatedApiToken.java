package com.stratum.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new API token. `token` is shown this once and cannot be read again.")
public record CreatedApiToken(
        @Schema(required = true, description = "Send as `Authorization: Bearer <token>`. Store it now.",
                examples = "stm_Q3x9LkPaVb2hT8sWmYc4Rn7JdE1uGf6KzXo0Ai5Ql") String token,
        @Schema(required = true) ApiTokenView apiToken) {
}
