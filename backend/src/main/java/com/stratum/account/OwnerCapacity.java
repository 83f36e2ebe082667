package com.stratum.account;

import com.stratum.tier.Tier;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many accounts of each tier one owner holds against the tier limits.")
public record OwnerCapacity(
        @Schema(required = true) UUID ownerId,
        @Schema(required = true) String ownerName,
        @Schema(required = true, description = "True when any tier is over its limit.") boolean overCapacity,
        @Schema(required = true) List<TierUsage> tiers) {

    @Schema(description = "One owner's use of one tier.")
    public record TierUsage(
            @Schema(required = true) Tier tier,
            @Schema(required = true, description = "Live accounts the owner holds in the tier.") long used,
            @Schema(required = true, description = "Places reserved by open handoffs to the owner: they count"
                    + " against the limit until accepted, declined or cancelled.") long reserved,
            @Schema(required = true, nullable = true, description = "Null means unlimited.") Integer limit,
            @Schema(required = true, description = "used + reserved is above the limit.") boolean overCapacity) {
    }
}
