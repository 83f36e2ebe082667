package com.stratum.survey;

import com.stratum.grade.Grade;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The realistic follow-up after a failing QBR: " + FollowUpPolicy.IN_WORDS + ".")
public record FollowUpInput(
        @Schema(required = true) @NotNull Grade targetGrade,
        @Schema(required = true, examples = "2027-02-12") @NotNull LocalDate targetDate,
        @Schema(maxItems = 10) @Size(max = 10) List<@NotBlank @Size(max = 300) String> actions) {
}
