package com.stratum.opportunity;

import com.stratum.accountevent.CompellingEventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Compelling events → opportunities created from them → won, by event type, for the events"
        + " that occurred in the period.")
public record EventReport(
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true, description = "One row per event type, every type, in the enumeration's order.")
        List<Row> items) {

    @Schema(name = "EventReportRow", description = "One event type's funnel.")
    public record Row(
            @Schema(required = true) CompellingEventType type,
            @Schema(required = true, description = "Events of this type that occurred in the period.") long events,
            @Schema(required = true, description = "Of those, the events at least one opportunity was created from.")
            long eventsWithOpportunity,
            @Schema(required = true, description = "Opportunities created from those events.") long opportunities,
            @Schema(required = true, description = "Their amount.") BigDecimal opportunityAmount,
            @Schema(required = true, description = "Of those opportunities, the ones WON.") long won,
            @Schema(required = true, description = "The WON ones' amount.") BigDecimal wonAmount) {
    }
}
