package com.stratum.competition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An account's whitespace: every business unit x every product family, and who serves it.")
public record WhitespaceView(
        @Schema(required = true) UUID accountId,
        @Schema(required = true, description = "The rows: the account's business units, by name.") List<Unit> businessUnits,
        @Schema(required = true, description = "The columns: the families of the products we sell, by name.")
        List<String> productFamilies,
        @Schema(required = true, description = "One cell per unit and family, row by row.") List<Cell> cells,
        @Schema(required = true, description = "Optimistic-locking version of the grid (0 before its first save);"
                + " also the ETag. Send it as If-Match with PUT.") long version) {

    @Schema(name = "WhitespaceUnit")
    public record Unit(@Schema(required = true) UUID id, @Schema(required = true) String name) {
    }

    @Schema(name = "WhitespaceCell")
    public record Cell(
            @Schema(required = true) UUID businessUnitId,
            @Schema(required = true) String productFamily,
            @Schema(required = true) WhitespaceStatus status,
            @Schema(required = true, description = "True when OURS comes from revenue lines (the account bought the"
                    + " family in the last 12 months): not editable then.") boolean derived,
            @Schema(required = true, nullable = true) UUID competitorId,
            @Schema(required = true, nullable = true) String competitorName,
            @Schema(required = true, nullable = true) BigDecimal estimatedAnnualValue,
            @Schema(required = true, nullable = true) LocalDate contractEnd) {
    }
}
