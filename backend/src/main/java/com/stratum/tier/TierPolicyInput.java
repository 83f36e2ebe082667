package com.stratum.tier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TierPolicyUpdate",
        description = "Replaces a tier's policy. Lowering a limit below what owners hold is allowed; those owners"
        + " then show as over capacity.")
public record TierPolicyInput(
        @Schema(nullable = true, minimum = "0", maximum = "10000", description = "Null or absent means unlimited;"
                + " 0 means no owner may hold an account of this tier.")
        @Min(0) @Max(10_000) Integer maxAccountsPerOwner,
        @Schema(required = true, minimum = "1", maximum = "730") @NotNull @Min(1) @Max(730) Integer qbrCadenceDays,
        @Schema(nullable = true, minimum = "0", maximum = "100", description = "Coverage rule: an account of this"
                + " tier needs at least this many current contacts with a decision role (executive sponsor, decision"
                + " maker or economic buyer), or it is single-threaded. Absent keeps the current value.")
        @Min(0) @Max(100) Integer minDecisionContacts,
        @Schema(nullable = true, minimum = "0", maximum = "100", description = "Coverage rule: an account of this"
                + " tier needs current contacts in at least this many of its business units, or it is"
                + " single-threaded. Absent keeps the current value.")
        @Min(0) @Max(100) Integer minBusinessUnits,
        @Schema(nullable = true, minimum = "1", maximum = "730", description = "Touch cadence: an account of this"
                + " tier with no logged activity for longer than this many days is touchOverdue (counted from its"
                + " creation while it has none). Null or absent means no cadence.")
        @Min(1) @Max(730) Integer touchCadenceDays,
        @Schema(nullable = true, minimum = "0", maximum = "730", description = "Renewal lead time: a contract of an"
                + " account of this tier gets its RENEWAL opportunity this many days before its notice period"
                + " starts (notice days + lead days before its end). Absent keeps the current value.")
        @Min(0) @Max(730) Integer renewalLeadDays) {
}
