package com.stratum.account;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One owner change of an account: directly (a STANDARD account, or the first owner) or by an"
        + " accepted handoff.")
public record OwnerChangeView(
        @Schema(required = true) UUID id,
        @Schema(required = true, nullable = true, description = "Null when the account had no owner.") UUID fromOwnerId,
        @Schema(required = true, nullable = true) String fromOwnerName,
        @Schema(required = true, nullable = true, description = "Null when the owner was removed.") UUID toOwnerId,
        @Schema(required = true, nullable = true) String toOwnerName,
        @Schema(required = true, nullable = true, description = "The accepted handoff that moved the account; null for"
                + " a direct change.") UUID handoffId,
        @Schema(required = true, examples = "By handoff, accepted by Dana Whitfield") String reason,
        @Schema(required = true, nullable = true, description = "Who made the change; null for the system.")
        String changedBy,
        @Schema(required = true) Instant changedAt) {
}
