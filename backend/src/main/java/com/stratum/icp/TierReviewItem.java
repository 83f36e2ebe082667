package com.stratum.icp;

import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An account the tier review lists: a KEY or STRATEGIC one whose fit is low (DEMOTE), or a"
        + " STANDARD one whose fit is high (PROMOTE).")
public record TierReviewItem(
        @Schema(required = true) UUID accountId,
        @Schema(required = true) String name,
        @Schema(required = true, nullable = true) UUID ownerId,
        @Schema(required = true, nullable = true) String ownerName,
        @Schema(required = true) Tier tier,
        @Schema(required = true) int icpFit,
        @Schema(required = true, nullable = true) BigDecimal arr,
        @Schema(required = true, enumeration = {"PROMOTE", "DEMOTE"}) String suggestion,
        @Schema(required = true, description = "The account's updatedAt (sync).") Instant updatedAt) {
}
