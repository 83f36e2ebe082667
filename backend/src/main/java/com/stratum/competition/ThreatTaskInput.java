package com.stratum.competition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThreatTaskInput", description = "Which threat path of the account to make a task of.")
public record ThreatTaskInput(
        @Schema(required = true, maxLength = 300, description = "The path's key, from GET"
                + " /api/v1/accounts/{id}/threats.", examples = "UNTOUCHED_UNIT:0b9c7f5e-8a1d-4c2b-9e3f-1a2b3c4d5e6f")
        @NotBlank @Size(max = 300) String key) {
}
