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
        @Schema(required = true, readOnly = true, description = "The accounts that use it with the largest ARR, at most"
                + " " + OfferingGaps.TOP_ACCOUNTS + ", the largest first (archived ones too). Until V55 this was"
                + " accountIds, every account; all of them are GET /api/v1/offering-gaps/{id}/accounts (paged), and"
                + " PUT or DELETE /api/v1/offering-gaps/{id}/accounts/{accountId} adds or removes one.")
        List<UUID> topAccountIds,
        @Schema(required = true, readOnly = true, description = "How many accounts use it (archived ones too).")
        long accountCount,
        @Schema(required = true, readOnly = true, description = "The ARR of the live accounts that use it: what the"
                + " gap puts at stake, and its rank.") BigDecimal arr,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {
}
