package com.stratum.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.stratum.grade.Grade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A risk flag the account carries now, with its evidence and the rule that clears it.")
public record AccountRiskFlag(
        @Schema(required = true) RiskFlag flag,
        @Schema(required = true, description = "What raised it, in a whole sentence with the facts.") String evidence,
        @Schema(required = true, description = "The rule that clears it.") String clearsWhen,
        @Schema(required = true, description = "Since when the flag holds.") Instant since,
        @Schema(required = true, description = "False while the flag is snoozed: it is shown but not counted.")
        boolean counted,
        @Schema(description = "Who snoozed it, why and until when; absent when it is not snoozed.")
        @JsonInclude(JsonInclude.Include.NON_NULL) Snooze snooze,
        @Schema(description = "The customer's own reason from the last answered QBR (the lowest-graded answer that"
                + " gave one); absent when there is none.")
        @JsonInclude(JsonInclude.Include.NON_NULL) CustomerReason reason) {

    @Schema(name = "RiskFlagSnooze", description = "Who snoozed the flag, why and until when.")
    public record Snooze(
            @Schema(required = true) String reason,
            @Schema(required = true, description = "The flag counts again from this day.") LocalDate endsOn,
            @Schema(required = true, nullable = true) UUID snoozedBy,
            @Schema(required = true, nullable = true) String snoozedByName,
            @Schema(required = true) Instant snoozedAt) {
    }

    @Schema(name = "RiskFlagReason", description = "The customer's reason from the last answered QBR.")
    public record CustomerReason(
            @Schema(required = true) UUID qbrId,
            @Schema(required = true) String question,
            @Schema(required = true, nullable = true) Grade grade,
            @Schema(required = true) String why) {
    }
}
