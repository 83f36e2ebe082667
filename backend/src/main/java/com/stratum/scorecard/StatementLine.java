package com.stratum.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommissionStatementLine", description = "One won expansion credited to the member (ORIGINAL), or"
        + " the difference a later close found for an earlier closed period (ADJUSTMENT: credit and commission are the"
        + " difference, the other figures what the recomputation says now, reason says what changed).")
public record StatementLine(
        @Schema(required = true) Kind kind,
        @Schema(required = true, description = "The period the expansion was won in.", examples = "2026-Q3")
        String forPeriod,
        @Schema(required = true) UUID opportunityId,
        @Schema(required = true) String opportunityTitle,
        @Schema(required = true) UUID accountId,
        @Schema(required = true) String accountName,
        @Schema(required = true, nullable = true) Instant closedAt,
        @Schema(required = true) BigDecimal wonAmount,
        @Schema(required = true) BigDecimal sharePct,
        @Schema(required = true, description = "wonAmount × sharePct / 100.") BigDecimal credit,
        @Schema(required = true, description = "The gates let it pay.") boolean payable,
        @Schema(required = true, description = "Why it does not pay; empty when payable.") List<PayBlocker> blockers,
        @Schema(required = true, description = "commission / credit in percent (accelerators raise it).")
        BigDecimal effectiveRatePct,
        @Schema(required = true) BigDecimal commission,
        @Schema(required = true, nullable = true) String reason) {

    @Schema(name = "CommissionLineKind")
    public enum Kind { ORIGINAL, ADJUSTMENT }
}
