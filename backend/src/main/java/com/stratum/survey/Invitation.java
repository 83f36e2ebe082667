package com.stratum.survey;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The customer's link to the survey. Shown once: only a hash of its secret is kept.")
public record Invitation(
        @Schema(required = true, description = "Ends with the link's token.") String url,
        @Schema(required = true) Instant expiresAt) {
}
