package com.stratum.opportunity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What happened at the customer that creates the opportunity.")
public record CompellingEvent(
        @Schema(required = true) @NotNull CompellingEventType type,
        @Schema(nullable = true, examples = "2026-10-01") LocalDate occurredOn,
        @Schema(nullable = true, maxLength = 1000, examples = "Series C of $80M to expand into Europe")
        @Size(max = 1000) String description) {
}
