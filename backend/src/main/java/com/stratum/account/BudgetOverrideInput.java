package com.stratum.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An admin's override of the tier budget: the account may be in the tier beyond the budget until"
        + " expiresOn (inclusive), and does not count against it until then. Used only when the change would pass the"
        + " budget; admins only.")
public record BudgetOverrideInput(
        @Schema(required = true, minLength = 3, maxLength = 500, examples = "Board decision: reference customer for"
                + " the new region") @NotBlank @Size(min = 3, max = 500) String reason,
        @Schema(required = true, description = "After today and at most 366 days ahead.", examples = "2027-06-30")
        @NotNull LocalDate expiresOn) {
}
