package com.stratum.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A QBR grade survey template: ordered questions.")
public record TemplateView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true, description = "The template new QBRs use when none is named.") boolean isDefault,
        @Schema(required = true, description = "Used by a QBR: it can no longer change; copy it instead.")
        boolean inUse,
        @Schema(required = true) List<Question> questions,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    @Schema(name = "SurveyQuestion", description = "One question of a survey.")
    public record Question(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "1-based order in the survey.") int position,
            @Schema(required = true) String text,
            @Schema(required = true) QuestionKind kind) {

        static Question of(SurveyQuestion q) {
            return new Question(q.id, q.position, q.text, q.kind);
        }
    }

    static TemplateView of(SurveyTemplate t, boolean inUse) {
        return new TemplateView(t.id, t.name, t.isDefault, inUse, t.questions.stream().map(Question::of).toList(),
                t.createdAt, t.updatedAt, t.version);
    }
}
