package com.stratum.competition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole whitespace grid of an account as it should be: cells left out are NONE. */
@Schema(name = "WhitespaceInput", description = "The account's whitespace grid; a cell left out is NONE.")
public record WhitespaceInput(
        @Schema(required = true, maxItems = 2000) @NotNull @Size(max = 2000) List<@Valid @NotNull Cell> cells) {

    @Schema(name = "WhitespaceCellInput", description = "One cell: a business unit of the account and a product"
            + " family.")
    public record Cell(
            @Schema(required = true) @NotNull UUID businessUnitId,
            @Schema(required = true, maxLength = 100, examples = "Analytics") @NotBlank @Size(max = 100)
            String productFamily,
            @Schema(required = true, description = "A cell OURS from revenue lines (derived) takes only OURS.")
            @NotNull WhitespaceStatus status,
            @Schema(nullable = true, description = "Required for COMPETITOR, and only then.") UUID competitorId,
            @Schema(nullable = true, minimum = "0", description = "What the competitor earns there a year, in the"
                    + " company currency; only for COMPETITOR.")
            @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal estimatedAnnualValue,
            @Schema(nullable = true, description = "When the competitor's contract ends; only for COMPETITOR.",
                    examples = "2027-06-30") LocalDate contractEnd) {
    }
}
