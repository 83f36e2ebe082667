package com.stratum.auth;

import com.stratum.security.Scope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new API token: what it is for and what it may do.")
public record ApiTokenInput(
        @Schema(required = true, minLength = 1, maxLength = 100, examples = "Billing sync")
        @NotBlank @Size(max = 100) String name,
        @Schema(required = true, minItems = 1, description = "Must be within what your role allows.")
        @NotEmpty List<@NotNull Scope> scopes,
        @Schema(nullable = true, description = "When the token stops working; omit for a token that does not expire.")
        Instant expiresAt) {
}
