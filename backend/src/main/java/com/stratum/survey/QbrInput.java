package com.stratum.survey;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewQbr", description = "Schedules a QBR grade survey round for an account.")
public record QbrInput(
        @Schema(required = true, examples = "2027-01-15") @NotNull LocalDate scheduledFor,
        @Schema(required = true, maxLength = 200, examples = "Jordan Lee") @NotBlank @Size(max = 200)
        String respondentName,
        @Schema(required = true, format = "email", examples = "jordan.lee@northwind.example") @NotBlank @Email
        @Size(max = 320) String respondentEmail,
        @Schema(nullable = true, description = "Default: the default template.") UUID templateId,
        @Schema(nullable = true, maxItems = 20, description = "The account's contacts the survey goes to (none who"
                + " left the company), in order; the QBR and the customer's link name them.")
        @Size(max = 20) List<@NotNull UUID> respondentContactIds) {
}
