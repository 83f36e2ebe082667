package com.stratum.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A member's commission statement for a calendar quarter. OPEN: computed now from the"
        + " opportunities, splits, gates and plan. CLOSED: the lines frozen at close, and the adjustments later closes"
        + " booked into it for earlier periods.")
public record CommissionStatement(
        @Schema(required = true) UUID userId,
        @Schema(required = true) String userName,
        @Schema(required = true, examples = "2026-Q4") String period,
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true) CommissionPeriodView.Status status,
        @Schema(required = true, nullable = true) Instant closedAt,
        @Schema(required = true) CommissionPlanView plan,
        @Schema(required = true) BigDecimal expansionTarget,
        @Schema(required = true) List<StatementLine> lines,
        @Schema(required = true) List<StatementLine> adjustments,
        @Schema(required = true) BigDecimal credit,
        @Schema(required = true) BigDecimal payableCredit,
        @Schema(required = true) BigDecimal blockedCredit,
        @Schema(required = true) BigDecimal commission,
        @Schema(required = true) BigDecimal adjustmentTotal,
        @Schema(required = true, description = "commission + adjustmentTotal.") BigDecimal payout) {
}
