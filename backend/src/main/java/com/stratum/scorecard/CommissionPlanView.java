package com.stratum.scorecard;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The commission plan of a year: the rate on payable expansion credit, and accelerators (higher"
        + " marginal rates on the credit beyond an attainment above 100 % of the member's expansion target).")
public record CommissionPlanView(
        @Schema(required = true) int year,
        @Schema(required = true, description = "False: no plan is set for the year yet, so nothing pays (rate 0).")
        boolean configured,
        @Schema(required = true, description = "Percent of payable credit paid below the first accelerator.")
        BigDecimal ratePct,
        @Schema(required = true, description = "Ascending by attainment.") List<Accelerator> accelerators,
        @Schema(required = true) long version) {

    @Schema(name = "CommissionAccelerator", description = "From this attainment on, credit earns this rate.")
    public record Accelerator(@Schema(required = true, examples = "120") BigDecimal fromAttainmentPct,
            @Schema(required = true, examples = "15") BigDecimal ratePct) {
    }
}
