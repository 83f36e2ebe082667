package com.stratum.account;

import com.stratum.tier.Tier;
import com.stratum.tier.TierReasonCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TierChangeRequest", description = "Moves an account to a tier; the reason is kept in the tier history.")
public record TierChangeInput(
        @Schema(required = true) @NotNull Tier tier,
        @Schema(required = true, minLength = 3, maxLength = 500,
                examples = "Signed a three-year platform deal; exec sponsor engaged")
        @NotBlank @Size(min = 3, max = 500) String reason,
        @Schema(nullable = true, description = "Why the account is promoted: required for a promotion to KEY or"
                + " STRATEGIC, kept in the tier history; ignored for other changes.")
        TierReasonCode reasonCode,
        @Schema(nullable = true, description = "Admins only: lets a promotion pass the tier budget until the expiry"
                + " date.")
        @Valid BudgetOverrideInput budgetOverride) {
}
