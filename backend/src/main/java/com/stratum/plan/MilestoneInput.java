package com.stratum.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MilestoneInput", description = "Writable properties of a milestone under an objective.")
public record MilestoneInput(
        @Schema(required = true, examples = "Pilot plant live") @NotBlank @Size(max = 200) String title,
        @Schema(required = true, examples = "2026-04-30") @NotNull LocalDate dueOn,
        @Schema(description = "False when left out on create.") Boolean done) {
}
