package com.stratum.scorecard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Replaces the commission plan of a year.")
public record CommissionPlanInput(
        @Schema(required = true, minimum = "0", maximum = "100", description = "Percent of payable credit.",
                examples = "8") @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal ratePct,
        @Schema(required = true, maxItems = 10, description = "Each from an attainment above 100 %, attainments"
                + " strictly rising; send an empty list for none.") @NotNull @Size(max = 10) @Valid
        List<AcceleratorInput> accelerators) {

    @Schema(name = "CommissionAcceleratorInput", description = "From this attainment on, credit earns this rate.")
    public record AcceleratorInput(
            @Schema(required = true, minimum = "100", maximum = "1000", examples = "120") @NotNull
            @DecimalMin("100") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal fromAttainmentPct,
            @Schema(required = true, minimum = "0", maximum = "100", examples = "12") @NotNull @DecimalMin("0")
            @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal ratePct) {
    }
}
