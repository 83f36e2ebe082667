package com.stratum.competition;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The threat paths into one account, highest score first, and the account's threat score.")
public record AccountThreats(
        @Schema(required = true) UUID accountId,
        @Schema(required = true) BigDecimal arr,
        @Schema(required = true, minimum = "0", maximum = "100", description = ThreatRules.SCORE_RULE) int score,
        @Schema(required = true) List<ThreatPath> paths) {
}
