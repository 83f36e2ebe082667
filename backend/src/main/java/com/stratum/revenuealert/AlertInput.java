package com.stratum.revenuealert;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable form of an alert: its status and, to resolve it, the cause, the competitor and a note. */
@Schema(name = "RevenueAlertInput", description = "What people change on an alert (merge-patched onto it).")
public record AlertInput(
        @Schema(required = true, description = "NEW -> ACKNOWLEDGED -> RESOLVED, or NEW -> RESOLVED; a resolved alert"
                + " stays resolved.") AlertStatus status,
        @Schema(nullable = true, description = "Required to resolve.") AlertCause cause,
        @Schema(nullable = true, maxLength = 200, description = "Required when the cause is COMPETITOR; only then.")
        @Size(max = 200) String competitor,
        @Schema(nullable = true, description = "The competitor from the list (GET /api/v1/competitors); only when the"
                + " cause is COMPETITOR. Given without a competitor name, its name is recorded as the name.")
        java.util.UUID competitorId,
        @Schema(nullable = true, maxLength = 2000, description = "Required to resolve: what happened.")
        @Size(max = 2000) String resolutionNote) {
}
