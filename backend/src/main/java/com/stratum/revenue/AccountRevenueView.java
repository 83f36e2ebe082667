package com.stratum.revenue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an account bought, month by month, grouped by product, product family or month, and each"
        + " product's trend against its trailing average (the Revenue tab).")
public record AccountRevenueView(
        @Schema(required = true) UUID accountId,
        @Schema(required = true, description = "The company currency of every amount.", examples = "EUR")
        String currency,
        @Schema(required = true, description = "The first month of the range.", examples = "2025-11") String from,
        @Schema(required = true, description = "The last month of the range.", examples = "2026-10") String to,
        @Schema(required = true) RevenueGroupBy groupBy,
        @Schema(required = true, description = "Every month of the range, oldest first.") List<String> months,
        @Schema(required = true, description = "One group per product, family or month, with its figures for every"
                + " month of the range (zero when nothing was bought), largest amount first (months: oldest first).")
        List<Group> groups,
        @Schema(required = true, description = "The account's totals per month of the range.") List<MonthFigure> totals,
        @Schema(required = true, description = "Every product bought in the range or the 6 months before its last"
                + " month, with its trend; largest trailing average first.") List<ProductTrend> products) {

    @Schema(name = "RevenueMonthFigure", description = "One month's quantity and amount.")
    public record MonthFigure(
            @Schema(required = true, examples = "2026-10") String period,
            @Schema(required = true) BigDecimal quantity,
            @Schema(required = true) BigDecimal amount) {
    }

    @Schema(name = "RevenueGroup", description = "A product, a family or a month, with its figures per month.")
    public record Group(
            @Schema(required = true, description = "The product's id, the family's name or the month (YYYY-MM).")
            String key,
            @Schema(required = true, description = "What to show: the product's name, the family or the month.")
            String label,
            @Schema(required = true, nullable = true, description = "The product's family; null for other groupings.")
            String family,
            @Schema(required = true, description = "Total quantity in the range.") BigDecimal quantity,
            @Schema(required = true, description = "Total amount in the range.") BigDecimal amount,
            @Schema(required = true) List<MonthFigure> months) {
    }

    @Schema(name = "RevenueProductTrend", description = "A product's last month against the average of the 6 months"
            + " before it.")
    public record ProductTrend(
            @Schema(required = true) UUID productId,
            @Schema(required = true) String sku,
            @Schema(required = true) String name,
            @Schema(required = true) String family,
            @Schema(required = true) boolean recurring,
            @Schema(required = true) boolean active,
            @Schema(required = true, description = "The range's last month.") BigDecimal lastQuantity,
            @Schema(required = true) BigDecimal lastAmount,
            @Schema(required = true, description = "Average over the 6 months before the last (a month without a"
                    + " line counts as zero).") BigDecimal averageQuantity,
            @Schema(required = true) BigDecimal averageAmount,
            @Schema(required = true, nullable = true, description = "The last month's amount against the average,"
                    + " in percent; null without an average.") BigDecimal changePct,
            @Schema(required = true) RevenueTrend trend,
            @Schema(required = true, nullable = true, description = "The latest month of the range or the 6 months"
                    + " before it in which it was bought.", examples = "2026-09") String lastBought) {
    }
}
