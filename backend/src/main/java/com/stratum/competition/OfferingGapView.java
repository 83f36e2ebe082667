package com.stratum.competition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something a competitor offers that we lack, and the accounts that use it.")
public record OfferingGapView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID competitorId,
        @Schema(required = true, readOnly = true) String competitorName,
        @Schema(required = true) String offering,
        @Schema(required = true, nullable = true) String notes,
        @Schema(required = true, description = "The accounts that use it, the largest ARR first.") List<UUID> accountIds,
        @Schema(required = true, readOnly = true) long accountCount,
        @Schema(required = true, readOnly = true, description = "The ARR of the live accounts that use it: what the"
                + " gap puts at stake, and its rank.") BigDecimal arr,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {
}
