package com.stratum.scorecard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A commission period (a calendar quarter) and whether its statements are frozen.")
public record CommissionPeriodView(
        @Schema(required = true, examples = "2026-Q4") String period,
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true) Status status,
        @Schema(required = true, nullable = true) Instant closedAt,
        @Schema(required = true, nullable = true) UUID closedBy,
        @Schema(required = true, description = "Frozen lines of won expansion in the period.") long lines,
        @Schema(required = true, description = "Adjustment lines for earlier closed periods booked at this close.")
        long adjustments) {

    @Schema(name = "CommissionPeriodStatus")
    public enum Status { OPEN, CLOSED }
}
