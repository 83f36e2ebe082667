package com.stratum.risk;

import com.stratum.account.RiskFlag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Risk flags over the live accounts: counts and ARR per flag now, and the trend over the last"
        + " 12 months from the daily snapshots.")
public record RiskReport(
        @Schema(required = true, description = "Live accounts with at least one flag counting (not snoozed).")
        long flaggedAccounts,
        @Schema(required = true, description = "Their ARR.") BigDecimal arrAtRisk,
        @Schema(required = true, description = "Every flag, in its declared order.") List<ByFlag> flags,
        @Schema(required = true, description = "One point per month (its last snapshot), oldest first; months"
                + " without a snapshot are left out.") List<TrendPoint> trend) {

    @Schema(name = "RiskReportByFlag")
    public record ByFlag(
            @Schema(required = true) RiskFlag flag,
            @Schema(required = true, description = "Accounts with it counting.") long accounts,
            @Schema(required = true, description = "Their ARR.") BigDecimal arr,
            @Schema(required = true, description = "Accounts with it snoozed (not counted).") long snoozed) {
    }

    @Schema(name = "RiskTrendPoint")
    public record TrendPoint(
            @Schema(required = true, description = "The snapshot's day.") LocalDate day,
            @Schema(required = true) long flaggedAccounts,
            @Schema(required = true) BigDecimal arrAtRisk,
            @Schema(required = true) List<TrendFlag> flags) {
    }

    @Schema(name = "RiskTrendFlag")
    public record TrendFlag(
            @Schema(required = true) RiskFlag flag,
            @Schema(required = true) long accounts,
            @Schema(required = true) BigDecimal arr) {
    }
}
