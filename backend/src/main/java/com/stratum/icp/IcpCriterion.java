package com.stratum.icp;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One criterion's contribution to an account's ICP fit.")
public record IcpCriterion(
        @Schema(required = true, enumeration = {"INDUSTRY", "EMPLOYEES", "REVENUE", "COUNTRY"}) String criterion,
        @Schema(required = true, description = "The criterion's weight in the profile.") int weight,
        @Schema(required = true, enumeration = {"MATCH", "MISS", "UNKNOWN", "NOT_SET"}, description = "MATCH and MISS:"
                + " the account's fact is in or out of the profile; UNKNOWN: the account lacks the fact (counts as"
                + " a miss); NOT_SET: the profile leaves the criterion open (it does not count).") String outcome,
        @Schema(required = true, description = "Points of the 100 this criterion gave: its weight's share of the"
                + " weights of the set criteria when it matches, else 0.") BigDecimal points,
        @Schema(required = true, description = "The contribution in words.") String sentence) {
}
