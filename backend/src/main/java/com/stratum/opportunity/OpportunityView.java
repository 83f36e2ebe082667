package com.stratum.opportunity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A chance to sell more to an existing account.")
public record OpportunityView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID accountId,
        @Schema(required = true) String accountName,
        @Schema(required = true) OpportunityType type,
        @Schema(required = true) String title,
        @Schema(required = true, nullable = true) String product,
        @Schema(required = true) BigDecimal amount,
        @Schema(required = true) Stage stage,
        @Schema(required = true) int probability,
        @Schema(required = true, description = "amount × probability / 100") BigDecimal weightedAmount,
        @Schema(required = true) LocalDate expectedCloseDate,
        @Schema(required = true, nullable = true) UUID ownerId,
        @Schema(required = true, nullable = true) String ownerName,
        @Schema(description = "Present when the opportunity was born from a compelling event: the type, date and"
                + " description of the account event compellingEventId names.")
        @JsonInclude(JsonInclude.Include.NON_NULL) CompellingEvent compellingEvent,
        @Schema(required = true, nullable = true, description = "The account event (GET /api/v1/events/{id}) the"
                + " opportunity was born from.") UUID compellingEventId,
        @Schema(required = true, nullable = true) String nextStep,
        @Schema(required = true, nullable = true, description = "Why it was lost the last time it was LOST; kept"
                + " after a reopen. Null when it was never lost.") String lossReason,
        @Schema(required = true, nullable = true, description = "The competitor it was lost to (GET"
                + " /api/v1/competitors/{id}), when the loss reason names one; kept after a reopen like lossReason.")
        UUID lossCompetitorId,
        @Schema(required = true, description = "WON or LOST: it changes only through reopen.") boolean closed,
        @Schema(required = true, nullable = true) Instant closedAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    /** {@code weighted}: read from the SQL function weighted_amount(), the formula's one home. */
    static OpportunityView of(Opportunity o, String accountName, String ownerName, BigDecimal weighted,
            CompellingEvent event) {
        return new OpportunityView(o.id, o.accountId, accountName, o.type, o.title, o.product, o.amount, o.stage,
                o.probability, weighted, o.expectedCloseDate, o.ownerId, ownerName, event, o.compellingEventId, o.nextStep, o.lossReason, o.lossCompetitorId,
                o.stage.closed(), o.closedAt, o.createdAt, o.updatedAt, o.version);
    }
}
