package com.stratum.revenue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevenueImportRefusedRow", description = "A row of the file that will not land, as it was written,"
        + " and why.")
public record ImportRowView(
        @Schema(required = true, description = "The row's line in the file (the header is line 1).") int line,
        @Schema(required = true, nullable = true) String accountId,
        @Schema(required = true, nullable = true) String accountExternalId,
        @Schema(required = true, nullable = true) String sku,
        @Schema(required = true, nullable = true) String period,
        @Schema(required = true, nullable = true) String quantity,
        @Schema(required = true, nullable = true) String amount,
        @Schema(required = true, nullable = true) String currency,
        @Schema(required = true, nullable = true) String source,
        @Schema(required = true, nullable = true, description = "The column at fault, when one is.") String field,
        @Schema(required = true, description = "Why it is refused, in whole sentences.") String reason) {

    static ImportRowView of(RevenueImportRow r) {
        return new ImportRowView(r.lineNo, r.accountIdText, r.externalId, r.sku, r.periodText, r.quantityText,
                r.amountText, r.currency, r.source, r.problemField, r.problem);
    }
}
