package com.stratum.plan;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A review of a plan.")
public record ReviewView(
        @Schema(required = true) Instant reviewedAt,
        @Schema(required = true) UUID reviewedById,
        @Schema(required = true) String reviewedByName,
        @Schema(required = true) String note) {
}
