package com.stratum.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The open pipeline by stage, and what closed in [from, to].")
public record PipelineSummary(
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true, description = "One entry per open stage, in pipeline order.") List<StageTotal> stages,
        @Schema(required = true) Totals open,
        @Schema(required = true) Totals won,
        @Schema(required = true, description = "Won count and amount per type.") List<TypeTotal> wonByType,
        @Schema(required = true) Totals lost,
        @Schema(required = true, nullable = true, description = "Won / (won + lost) by count, in percent.")
        BigDecimal winRate) {

    @Schema(description = "Count, amount and weighted amount (amount × probability) of one open stage.")
    public record StageTotal(
            @Schema(required = true) Stage stage,
            @Schema(required = true) long count,
            @Schema(required = true) BigDecimal amount,
            @Schema(required = true) BigDecimal weightedAmount) {
    }

    @Schema(name = "PipelineTotals", description = "Count and amounts of a set of opportunities.")
    public record Totals(
            @Schema(required = true) long count,
            @Schema(required = true) BigDecimal amount,
            @Schema(required = true) BigDecimal weightedAmount) {
    }

    @Schema(description = "Count and amount of one opportunity type.")
    public record TypeTotal(
            @Schema(required = true) OpportunityType type,
            @Schema(required = true) long count,
            @Schema(required = true) BigDecimal amount) {
    }
}
