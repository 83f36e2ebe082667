package com.stratum.settings;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Settings", description = "The company's settings.")
public record SettingsView(
        @Schema(required = true, description = "Brands the survey e-mails customers get.") String companyName,
        @Schema(required = true) long version,
        @Schema(required = true) Instant updatedAt) {

    static SettingsView of(CompanySettings settings) {
        return new SettingsView(settings.companyName, settings.version, settings.updatedAt);
    }
}
