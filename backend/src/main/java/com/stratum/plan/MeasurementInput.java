package com.stratum.plan;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementInput", description = "A value of an objective's metric on a day.")
public record MeasurementInput(
        @Schema(required = true, examples = "2026-05-31", description = "The day measured; not in the future.")
        @NotNull LocalDate measuredOn,
        @Schema(required = true, examples = "180") @NotNull @Digits(integer = 15, fraction = 2) BigDecimal value,
        @Schema(nullable = true, examples = "Two plants live.") @Size(max = 2000) String note) {
}
