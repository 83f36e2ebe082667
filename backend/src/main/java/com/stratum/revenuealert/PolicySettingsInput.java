package com.stratum.revenuealert;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevenueAlertSettingsInput", description = "The alert policy of every tier, each tier once.")
public record PolicySettingsInput(
        @Schema(required = true) @NotNull List<@Valid @NotNull PolicyInput> policies) {
}
