package com.stratum.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.stratum.grade.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A QBR grade survey round with its questions, answers and result.")
public record QbrView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID accountId,
        @Schema(required = true) String accountName,
        @Schema(required = true) UUID templateId,
        @Schema(required = true) QbrStatus status,
        @Schema(required = true) LocalDate scheduledFor,
        @Schema(required = true) String respondentName,
        @Schema(required = true) String respondentEmail,
        @Schema(required = true, description = "The account's contacts the survey was sent to, in the order given;"
                + " empty when none were named.") List<Respondent> respondents,
        @Schema(required = true, nullable = true) Instant sentAt,
        @Schema(required = true, nullable = true) Instant invitationExpiresAt,
        @Schema(required = true, nullable = true) Instant answeredAt,
        @Schema(required = true, nullable = true, description = "LINK: the customer answered; CALL: recorded by"
                + " the account manager.") Qbr.Channel channel,
        @Schema(required = true, nullable = true, description = "Who took the answers down on a call; null for"
                + " answers through the customer's link.") String recordedBy,
        @Schema(required = true) List<TemplateView.Question> questions,
        @Schema(required = true) List<AnswerView> answers,
        @Schema(required = true, nullable = true) Grade overallGrade,
        @Schema(required = true, nullable = true, description = "Mean grade points, two decimals.")
        BigDecimal overallPoints,
        @Schema(required = true, nullable = true, description = "Overall grade below B.") Boolean failing,
        @Schema(required = true) List<FailingQuestion> failingQuestions,
        @Schema(required = true, nullable = true, description = "The answer to the NPS question, 0 to 10.")
        Integer npsScore,
        @Schema(description = "Present once a follow-up is set (failing QBRs only).")
        @JsonInclude(JsonInclude.Include.NON_NULL) FollowUpView followUp,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    @Schema(name = "QbrRespondent", description = "A contact a QBR was sent to.")
    public record Respondent(
            @Schema(required = true) UUID contactId,
            @Schema(required = true) String name,
            @Schema(required = true, nullable = true) String email) {
    }

    @Schema(name = "Answer", description = "The answer to one question.")
    public record AnswerView(
            @Schema(required = true) UUID questionId,
            @Schema(required = true, nullable = true) Grade grade,
            @Schema(required = true, nullable = true) Integer score,
            @Schema(required = true, nullable = true) String text,
            @Schema(required = true, nullable = true) String why) {
    }

    @Schema(description = "A question graded below B, with the customer's reason.")
    public record FailingQuestion(
            @Schema(required = true) UUID questionId,
            @Schema(required = true) String text,
            @Schema(required = true) Grade grade,
            @Schema(required = true) String why) {
    }

    @Schema(name = "FollowUp", description = "The follow-up set after a failing QBR.")
    public record FollowUpView(
            @Schema(required = true) Grade targetGrade,
            @Schema(required = true) LocalDate targetDate,
            @Schema(required = true) List<String> actions,
            @Schema(required = true) FollowUpStatus status,
            @Schema(required = true, nullable = true, description = "The QBR whose answer judged it; null while OPEN"
                    + " and when it was judged MISSED because its date passed by more than the grace period (7 days"
                    + " by default) with no answered QBR.")
            UUID judgedByQbrId,
            @Schema(required = true, nullable = true, description = "When it was judged MET or MISSED; null while"
                    + " OPEN.")
            Instant judgedAt) {

        static FollowUpView of(QbrFollowUp f) {
            return f == null ? null : new FollowUpView(f.targetGrade, f.targetDate, List.copyOf(f.actions), f.status,
                    f.judgedByQbr, f.judgedAt);
        }
    }
}
