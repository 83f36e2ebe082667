package com.stratum.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SettingsUpdate", description = "Replaces the company's settings.")
public record SettingsInput(
        @Schema(required = true, minLength = 1, maxLength = 200, description = "Your company's name, as customers"
                + " know it: it brands the survey e-mails they get.", examples = "Acme Software")
        @NotBlank @Size(max = 200) String companyName) {
}
