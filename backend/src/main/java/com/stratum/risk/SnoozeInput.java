package com.stratum.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskFlagSnoozeInput", description = "Snoozes one risk flag of an account until a day.")
public record SnoozeInput(
        @Schema(required = true, description = "Why the flag may wait, for the manager who reads it.")
        @NotBlank @Size(max = 2000) String reason,
        @Schema(required = true, description = "The flag counts again from this day: after today, at most "
                + RiskRules.MAX_SNOOZE_DAYS + " days ahead.") @NotNull LocalDate endsOn) {
}
