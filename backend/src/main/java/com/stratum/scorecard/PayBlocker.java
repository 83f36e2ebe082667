package com.stratum.scorecard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One reason won expansion does not pay, with a sentence for people.")
public record PayBlocker(@Schema(required = true) Code code, @Schema(required = true) String message) {

    /** The retention gate's codes (opportunity.RetentionGate) and the owner's portfolio gate. */
    @Schema(name = "PayBlockerCode", description = "RENEWAL_LOST, RENEWAL_NOT_WON, CHURNED, ARR_BELOW_BASELINE and"
            + " GRR_BELOW_THRESHOLD: the account's retention gate; PORTFOLIO_GRR_BELOW_THRESHOLD: the member's"
            + " portfolio gate (no expansion pays while their GRR is below their threshold).")
    public enum Code {
        RENEWAL_LOST, RENEWAL_NOT_WON, CHURNED, ARR_BELOW_BASELINE, GRR_BELOW_THRESHOLD, PORTFOLIO_GRR_BELOW_THRESHOLD
    }
}
