package com.stratum.opportunity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReopenRequest", description = "Reopens a WON or LOST opportunity, with the reason kept in the history.")
public record ReopenInput(
        @Schema(required = true, minLength = 3, maxLength = 1000, examples = "Customer came back after the budget freeze")
        @NotBlank @Size(min = 3, max = 1000) String reason,
        @Schema(nullable = true, description = "The open stage to return to; default: the stage before it closed.")
        Stage stage) {
}
