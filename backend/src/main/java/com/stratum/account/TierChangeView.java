package com.stratum.account;

import com.stratum.tier.Tier;
import com.stratum.tier.TierReasonCode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One tier change of an account.")
public record TierChangeView(
        @Schema(required = true) UUID id,
        @Schema(required = true, nullable = true, description = "Null for the tier the account was created with.")
        Tier fromTier,
        @Schema(required = true) Tier toTier,
        @Schema(required = true) String reason,
        @Schema(required = true, nullable = true, description = "Why a promotion to KEY or STRATEGIC was made; null"
                + " for other changes and older records.") TierReasonCode reasonCode,
        @Schema(required = true, nullable = true, description = "Set on both changes of a tier swap.") UUID swapId,
        @Schema(required = true, nullable = true, description = "The admin's budget override the promotion used.")
        UUID budgetOverrideId,
        @Schema(required = true, nullable = true, description = "Who made the change; null for changes made by the"
                + " system (start-up jobs, older records).")
        String changedBy,
        @Schema(required = true) Instant changedAt) {

    static TierChangeView of(TierChange change) {
        return new TierChangeView(change.id, change.fromTier, change.toTier, change.reason, change.reasonCode,
                change.swapId, change.budgetOverrideId, change.changedBy,
                change.changedAt);
    }
}
