package com.stratum.account;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The two accounts of a tier swap after it.")
public record TierSwapView(
        @Schema(required = true, description = "Names both entries of the swap in the tier history.") UUID swapId,
        @Schema(required = true) AccountView promoted,
        @Schema(required = true) AccountView demoted) {
}
