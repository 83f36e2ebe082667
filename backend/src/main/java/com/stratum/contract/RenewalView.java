package com.stratum.contract;

import com.stratum.opportunity.Stage;
import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An upcoming contract end, with what the account team needs beside it: the account's last"
        + " grade, its open follow-up, its open revenue alerts and the RENEWAL opportunity.")
public record RenewalView(
        @Schema(required = true) UUID contractId,
        @Schema(required = true) UUID accountId,
        @Schema(required = true) String accountName,
        @Schema(required = true, nullable = true) UUID ownerId,
        @Schema(required = true, nullable = true) String ownerName,
        @Schema(required = true) Tier tier,
        @Schema(required = true) LocalDate endDate,
        @Schema(required = true, description = "Days from today to endDate.") long daysLeft,
        @Schema(required = true) BigDecimal annualValue,
        @Schema(required = true) boolean autoRenew,
        @Schema(required = true) int noticeDays,
        @Schema(required = true, description = "The last day notice can be given: endDate minus noticeDays.")
        LocalDate noticeBy,
        @Schema(required = true, description = "When the RENEWAL opportunity is (or was) due.") LocalDate renewalDueOn,
        @Schema(required = true, nullable = true, description = "The overall grade of the account's last answered"
                + " QBR.", examples = "B-") String lastGrade,
        @Schema(required = true, nullable = true) Instant lastQbrAt,
        @Schema(required = true, nullable = true, description = "The date of the call the last failing QBR's"
                + " follow-up booked; null when it has none.") LocalDate followUpDue,
        @Schema(required = true, nullable = true, description = "The contract's RENEWAL opportunity; null before it"
                + " is due.") UUID renewalOpportunityId,
        @Schema(required = true, nullable = true) Stage renewalStage,
        @Schema(required = true, nullable = true) BigDecimal renewalAmount,
        @Schema(required = true, description = "The account's revenue alerts not resolved yet (NEW or ACKNOWLEDGED):"
                + " what billing says before the renewal talk.") int openAlerts) {
}
