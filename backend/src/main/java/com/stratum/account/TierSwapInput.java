package com.stratum.account;

import com.stratum.tier.Tier;
import com.stratum.tier.TierReasonCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Promotes the account and demotes another of the same owner out of that tier in one request:"
        + " both changes or neither, both in the tier history with the same swapId.")
public record TierSwapInput(
        @Schema(required = true, description = "The promoted account's new tier (KEY or STRATEGIC).") @NotNull Tier tier,
        @Schema(required = true) @NotNull TierReasonCode reasonCode,
        @Schema(required = true, minLength = 3, maxLength = 500, examples = "Won the platform deal")
        @NotBlank @Size(min = 3, max = 500) String reason,
        @Schema(required = true, description = "An account of the same owner in `tier`, which leaves it.")
        @NotNull UUID demoteAccountId,
        @Schema(nullable = true, description = "The demoted account's new tier, below `tier`; default STANDARD.")
        Tier demoteTo,
        @Schema(required = true, minLength = 3, maxLength = 500, examples = "Spend flat for two years")
        @NotBlank @Size(min = 3, max = 500) String demoteReason) {
}
