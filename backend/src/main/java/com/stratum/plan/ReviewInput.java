package com.stratum.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewInput", description = "A plan review: what was reviewed and agreed.")
public record ReviewInput(
        @Schema(required = true, examples = "Reviewed with the customer at the QBR; rollout moved to Q3.")
        @NotBlank @Size(max = 5000) String note) {
}
