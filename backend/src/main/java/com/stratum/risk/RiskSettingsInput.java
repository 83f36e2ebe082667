package com.stratum.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskSettingsInput", description = "Replaces the risk flags' settings.")
public record RiskSettingsInput(
        @Schema(required = true, minimum = "0", maximum = "100") @NotNull @Min(0) @Max(100) Integer threatThreshold) {
}
