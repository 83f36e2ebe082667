package com.stratum.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A template's name and its questions, in order. At least one GRADE question.")
public record TemplateInput(
        @Schema(required = true, maxLength = 200, examples = "Strategic accounts QBR") @NotBlank @Size(max = 200)
        String name,
        @Schema(required = true, minItems = 1, maxItems = 30) @NotEmpty @Size(max = 30)
        List<@NotNull @Valid QuestionInput> questions) {

    @Schema(description = "One question of a template.")
    public record QuestionInput(
            @Schema(required = true, maxLength = 500) @NotBlank @Size(max = 500) String text,
            @Schema(required = true) @NotNull QuestionKind kind) {
    }
}
