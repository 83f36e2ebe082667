package com.stratum.account;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An account the owner could demote in a tier swap: lowest ICP fit first, then lowest ARR.")
public record SwapCandidate(
        @Schema(required = true) UUID accountId,
        @Schema(required = true) String name,
        @Schema(required = true, nullable = true) BigDecimal arr,
        @Schema(required = true, nullable = true, description = "ICP fit 0-100; null while the profile sets nothing.")
        Integer icpFit) {
}
