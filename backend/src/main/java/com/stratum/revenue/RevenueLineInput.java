package com.stratum.revenue;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a batch, as the contract describes it; the batch reads it field by field ({@link RevenueLines}). */
@Schema(name = "RevenueLineInput", description = "What one account bought of one product in one calendar month."
        + " Name the account with exactly one of accountId and accountExternalId.")
public record RevenueLineInput(
        @Schema(nullable = true, description = "The account's id.") UUID accountId,
        @Schema(nullable = true, maxLength = 200, description = "The account's externalId (its id in the CRM or"
                + " billing system).", examples = "CRM-00042") String accountExternalId,
        @Schema(required = true, minLength = 1, maxLength = 64, description = "An active product's SKU, whatever its"
                + " case.", examples = "PLAT-ANNUAL") String sku,
        @Schema(required = true, pattern = "^\\d{4}-(0[1-9]|1[0-2])$", description = "The calendar month, not after"
                + " the current one.", examples = "2026-10") String period,
        @Schema(required = true, minimum = "0", description = "Units in the month; at most 3 decimals.",
                examples = "12") BigDecimal quantity,
        @Schema(required = true, minimum = "0", description = "The month's total in the company currency; at most 2"
                + " decimals.", examples = "1500.5") BigDecimal amount,
        @Schema(required = true, description = "The company currency (GET /api/v1/settings); any other is refused.",
                examples = "EUR") String currency,
        @Schema(required = true, minLength = 1, maxLength = 50, description = "Who sent it, such as the billing"
                + " system's name.", examples = "billing") String source) {
}
