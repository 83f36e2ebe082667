package com.stratum.opportunity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Replaces how an expansion opportunity's credit is split between team members. The shares sum"
        + " to exactly 100; an empty list gives all of the credit back to the opportunity's owner.")
public record SplitsInput(
        @Schema(required = true, maxItems = 10) @NotNull @Size(max = 10) @Valid List<@NotNull Split> splits) {

    @Schema(name = "OpportunitySplitInput", description = "One member's share of the credit.")
    public record Split(
            @Schema(required = true) @NotNull UUID userId,
            @Schema(required = true, minimum = "0.01", maximum = "100", description = "Percent of the credit, with at"
                    + " most two decimals.", examples = "50")
            @NotNull @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal sharePct) {
    }
}
