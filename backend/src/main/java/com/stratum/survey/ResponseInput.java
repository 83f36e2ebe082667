package com.stratum.survey;

import com.stratum.grade.Grade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The customer's answers. Every GRADE and NPS question needs one; a failing grade (below B)"
        + " needs the reason in `why`.")
public record ResponseInput(
        @Schema(required = true) @NotEmpty @Size(max = 50) List<@NotNull @Valid Answer> answers) {

    @Schema(name = "AnswerInput", description = "The answer to one question: `grade` for GRADE, `score` for NPS,"
            + " `text` for TEXT.")
    public record Answer(
            @Schema(required = true) @NotNull UUID questionId,
            @Schema(nullable = true) Grade grade,
            @Schema(nullable = true, minimum = "0", maximum = "10") @Min(0) @Max(10) Integer score,
            @Schema(nullable = true, maxLength = 4000) @Size(max = 4000) String text,
            @Schema(nullable = true, maxLength = 4000, description = "Why this grade; required below B.")
            @Size(max = 4000) String why) {
    }
}
