package com.stratum.settings;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SettingsUpdate", description = "Replaces the company's settings. A field left out keeps its"
        + " current value.")
public record SettingsInput(
        @Schema(required = true, minLength = 1, maxLength = 200, description = "Your company's name, as customers"
                + " know it: it brands the survey e-mails they get.", examples = "Acme Software")
        @NotBlank @Size(max = 200) String companyName,
        @Schema(pattern = "^[A-Z]{3}$", description = "The ISO 4217 code of the company currency: every revenue"
                + " line is in it. It cannot change once revenue lines exist.", examples = "EUR")
        @Pattern(regexp = "^[A-Z]{3}$", message = "Use a three-letter ISO 4217 currency code in capitals, such as"
                + " EUR or USD.") String currency,
        @Schema(minimum = "0", maximum = "100", description = "The retention gate's threshold: once revenue data"
                + " exists, an account's gross revenue retention for the year must reach this percentage (100 ="
                + " nothing lost) for its expansion to count.", examples = "100")
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal grrThresholdPct) {
}
