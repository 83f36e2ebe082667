package com.stratum.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the customer's link shows: the account's name, who it was sent to and the questions,"
        + " nothing more.")
public record PublicSurvey(
        @Schema(required = true) String accountName,
        @Schema(required = true, description = "The names of the people the survey was sent to: the QBR's"
                + " respondent contacts, or its respondent's name when it names no contacts.") List<String> sentTo,
        @Schema(required = true) List<Question> questions,
        @Schema(required = true) Instant expiresAt) {

    @Schema(name = "PublicQuestion")
    public record Question(
            @Schema(required = true) UUID id,
            @Schema(required = true) String text,
            @Schema(required = true) QuestionKind kind) {
    }
}
