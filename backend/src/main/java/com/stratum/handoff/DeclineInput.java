package com.stratum.handoff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HandoffDecline", description = "Why the incoming owner does not take the account over.")
public record DeclineInput(
        @Schema(required = true, minLength = 3, maxLength = 500, examples = "I am at capacity until the Q3"
                + " renewals close; ask Sam.") @NotBlank @Size(min = 3, max = 500) String reason) {
}
