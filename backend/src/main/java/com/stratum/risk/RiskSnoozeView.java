package com.stratum.risk;

import com.stratum.account.RiskFlag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A snoozed risk flag of a live account: why, until when, and who snoozed it.")
public record RiskSnoozeView(
        @Schema(required = true) UUID accountId,
        @Schema(required = true) String accountName,
        @Schema(required = true, nullable = true) UUID ownerId,
        @Schema(required = true, nullable = true) String ownerName,
        @Schema(required = true) RiskFlag flag,
        @Schema(required = true) String reason,
        @Schema(required = true, description = "The flag counts again from this day.") LocalDate endsOn,
        @Schema(required = true, description = "Whether the snooze still holds (endsOn is after today).")
        boolean active,
        @Schema(required = true, nullable = true, description = "Null when a system job snoozed it.") UUID snoozedBy,
        @Schema(required = true, nullable = true) String snoozedByName,
        @Schema(required = true) Instant snoozedAt) {
}
