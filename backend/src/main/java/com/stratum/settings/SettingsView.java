package com.stratum.settings;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Settings", description = "The company's settings.")
public record SettingsView(
        @Schema(required = true, description = "Brands the survey e-mails customers get.") String companyName,
        @Schema(required = true, description = "The ISO 4217 code every revenue line is in.") String currency,
        @Schema(required = true, description = "The retention gate's gross revenue retention threshold, in"
                + " percent.") BigDecimal grrThresholdPct,
        @Schema(required = true) long version,
        @Schema(required = true) Instant updatedAt) {

    static SettingsView of(CompanySettings settings) {
        return new SettingsView(settings.companyName, settings.currency, settings.grrThresholdPct,
                settings.version, settings.updatedAt);
    }
}
