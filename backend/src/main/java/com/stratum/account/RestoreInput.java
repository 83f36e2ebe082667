package com.stratum.account;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Optional body of a restore: an admin's override of the tier budget, for a KEY or STRATEGIC"
        + " account whose tier's budget is reached. A restore without a body (or with {}) overrides nothing.")
public record RestoreInput(
        @Schema(description = "Admins only, and used only when the restore would pass the budget (as on create).")
        @Valid BudgetOverrideInput budgetOverride) {
}
