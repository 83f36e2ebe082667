package com.stratum.competition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable properties of a competitor: the body of a create and the form a merge patch is applied to. */
@Schema(name = "CompetitorInput", description = "Writable properties of a competitor.")
public record CompetitorInput(
        @Schema(required = true, minLength = 1, maxLength = 200, examples = "Rival Logistics", description = "Unique"
                + " whatever its case.") @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true, maxLength = 500, examples = "https://rival.example") @Size(max = 500) String website,
        @Schema(nullable = true, maxLength = 4000, description = "What we know about them: strengths, pricing,"
                + " where we meet them.") @Size(max = 4000) String notes) {
}
