package com.stratum.opportunity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The writable properties of an opportunity: the body of a create, and the form a merge patch is applied
 * to (where accountId and stage are read-only).
 */
@Schema(name = "OpportunityInput", description = "Writable properties of an opportunity.")
public record OpportunityInput(
        @Schema(required = true) @NotNull UUID accountId,
        @Schema(required = true) @NotNull OpportunityType type,
        @Schema(required = true, maxLength = 200, examples = "Analytics add-on for the EU rollout")
        @NotBlank @Size(max = 200) String title,
        @Schema(nullable = true, maxLength = 200, examples = "Analytics") @Size(max = 200) String product,
        @Schema(required = true, minimum = "0.01", examples = "48000") @NotNull
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 17, fraction = 2) BigDecimal amount,
        @Schema(nullable = true, description = "Initial stage on create (an open one; default IDENTIFIED)."
                + " Read-only in PATCH: use POST /opportunities/{id}/stage.") Stage stage,
        @Schema(nullable = true, minimum = "0", maximum = "100", description = "Default: the stage's probability.")
        @Min(0) @Max(100) Integer probability,
        @Schema(required = true, examples = "2027-03-31") @NotNull LocalDate expectedCloseDate,
        @Schema(nullable = true, description = "Default: the account's owner.") UUID ownerId,
        @Schema(nullable = true, description = "A new compelling event to record on the account and create the"
                + " opportunity from; or send compellingEventId.") @Valid CompellingEvent compellingEvent,
        @Schema(nullable = true, description = "An event of the same account to create the opportunity from (it"
                + " becomes OPPORTUNITY_CREATED); or send compellingEvent.") UUID compellingEventId,
        @Schema(nullable = true, maxLength = 500, examples = "Demo to the new CFO") @Size(max = 500) String nextStep) {
}
