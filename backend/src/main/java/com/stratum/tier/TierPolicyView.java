package com.stratum.tier;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The capacity, QBR cadence, coverage rule, touch cadence and renewal lead time of one tier.")
public record TierPolicyView(
        @Schema(required = true) Tier tier,
        @Schema(required = true, nullable = true, description = "Most accounts of this tier one owner may hold;"
                + " null means unlimited.") Integer maxAccountsPerOwner,
        @Schema(required = true, description = "Days between QBRs for accounts of this tier.") int qbrCadenceDays,
        @Schema(required = true, description = "Coverage rule: current contacts with a decision role an account of"
                + " this tier needs.") int minDecisionContacts,
        @Schema(required = true, description = "Coverage rule: business units with a current contact an account of"
                + " this tier needs.") int minBusinessUnits,
        @Schema(required = true, nullable = true, description = "Touch cadence: days an account of this tier may go"
                + " without a logged activity before it is touchOverdue; null means no cadence.")
        Integer touchCadenceDays,
        @Schema(required = true, description = "Renewal lead time: a contract's RENEWAL opportunity is opened notice"
                + " days + this many days before it ends.") int renewalLeadDays,
        @Schema(required = true) long version,
        @Schema(required = true) Instant updatedAt) {

    static TierPolicyView of(TierPolicy policy) {
        return new TierPolicyView(policy.tier, policy.maxAccountsPerOwner, policy.qbrCadenceDays,
                policy.minDecisionContacts, policy.minBusinessUnits, policy.touchCadenceDays, policy.renewalLeadDays,
                policy.version,
                policy.updatedAt);
    }
}
