package com.stratum.icp;

import com.stratum.account.TierDecision;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The tier review's decisions, saved all or none.")
public record TierReviewDecisionsInput(
        @Schema(required = true, minItems = 1, maxItems = 200) @NotNull @Size(min = 1, max = 200)
        List<@NotNull @Valid TierDecision> decisions) {
}
