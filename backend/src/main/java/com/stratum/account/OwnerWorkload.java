package com.stratum.account;

import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One owner's workload: live accounts, ARR, overdue QBRs, open follow-ups of failing QBRs,"
        + " single-threaded and touch-overdue accounts, plans missing or stale, and tier capacity, per tier and in total.")
public record OwnerWorkload(
        @Schema(required = true) UUID ownerId,
        @Schema(required = true) String ownerName,
        @Schema(required = true, description = "False for a deactivated user who still holds live accounts.")
        boolean ownerActive,
        @Schema(required = true, description = "True when any tier is over its limit.") boolean overCapacity,
        @Schema(required = true, description = "The sums over the tiers.") Figures total,
        @Schema(required = true, description = "One entry per tier, STANDARD to STRATEGIC.") List<TierWorkload> tiers) {

    @Schema(name = "WorkloadFigures", description = "Counts and ARR over an owner's live accounts.")
    public record Figures(
            @Schema(required = true) long accounts,
            @Schema(required = true, description = "Sum of the accounts' ARR.") BigDecimal arr,
            @Schema(required = true, description = "Accounts whose next QBR is past due.") long overdueQbrs,
            @Schema(required = true, description = "Follow-ups of failing QBRs not yet judged MET or MISSED.")
            long openFailingFollowUps,
            @Schema(required = true, description = "Accounts under their tier's coverage rule (single-threaded).")
            long singleThreaded,
            @Schema(required = true, description = "Accounts with no logged touch for longer than their tier's touch"
                    + " cadence (touchOverdue).") long touchOverdue,
            @Schema(required = true, description = "KEY and STRATEGIC accounts without an ACTIVE plan (planMissing).")
            long planMissing,
            @Schema(required = true, description = "KEY and STRATEGIC accounts whose ACTIVE plan was not reviewed"
                    + " within the tier's QBR cadence (planStale).") long planStale) {
    }

    @Schema(name = "TierWorkload", description = "One owner's workload in one tier against the tier's capacity.")
    public record TierWorkload(
            @Schema(required = true) Tier tier,
            @Schema(required = true) Figures figures,
            @Schema(required = true, description = "Places reserved by open handoffs to the owner; they count"
                    + " against the limit.") long reserved,
            @Schema(required = true, nullable = true, description = "The tier's per-owner limit; null means"
                    + " unlimited.") Integer limit,
            @Schema(required = true, description = "More accounts (plus reserved places) than the limit.")
            boolean overCapacity) {
    }
}
