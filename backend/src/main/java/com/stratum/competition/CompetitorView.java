package com.stratum.competition;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A competitor, and how many records name it.")
public record CompetitorView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true, nullable = true) String website,
        @Schema(required = true, nullable = true) String notes,
        @Schema(required = true, readOnly = true, description = "Whitespace cells it holds, offering gaps it offers,"
                + " LOST opportunities and revenue alerts that name it: while any is above 0 it cannot be deleted.")
        Usage usage,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {

    @Schema(name = "CompetitorUsage", description = "How many records name the competitor.")
    public record Usage(
            @Schema(required = true) long whitespaceCells,
            @Schema(required = true) long offeringGaps,
            @Schema(required = true) long lostOpportunities,
            @Schema(required = true) long revenueAlerts) {
        boolean any() {
            return whitespaceCells + offeringGaps + lostOpportunities + revenueAlerts > 0;
        }
    }
}
