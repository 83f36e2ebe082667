package com.stratum.account;

import com.stratum.tier.Tier;
import com.stratum.tier.TierReasonCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One account's new tier in a tier review.")
public record TierDecision(
        @Schema(required = true) @NotNull UUID accountId,
        @Schema(required = true) @NotNull Tier tier,
        @Schema(nullable = true, description = "Required for a promotion to KEY or STRATEGIC.") TierReasonCode reasonCode,
        @Schema(required = true, minLength = 3, maxLength = 500, examples = "Tier review: fit 22, spend flat")
        @NotBlank @Size(min = 3, max = 500) String reason) {
}
