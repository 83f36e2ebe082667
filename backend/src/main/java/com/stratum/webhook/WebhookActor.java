package com.stratum.webhook;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who made the change: a signed-in user, an API token (and its user), or the system (a rule or"
        + " job).")
public record WebhookActor(
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"USER", "API_TOKEN", "SYSTEM"}) String type,
        @Schema(required = true, nullable = true) UUID userId,
        @Schema(required = true, nullable = true) String name,
        @Schema(required = true, nullable = true) UUID tokenId) {
}
