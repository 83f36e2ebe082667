package com.stratum.survey;

import com.stratum.grade.Grade;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The customer's own "why": the reasons given in an account's last answered QBR (LastQbrReasons reads them). */
@Schema(name = "LastQbrReasons", description = "The reasons the customer gave in the account's last answered QBR.")
public record QbrReasons(
        @Schema(required = true) UUID qbrId,
        @Schema(required = true) Instant answeredAt,
        @Schema(required = true, nullable = true) Grade overallGrade,
        @Schema(required = true, description = "Each answer that carries a reason, in the template's order.")
        List<Reason> reasons) {

    @Schema(name = "LastQbrReason")
    public record Reason(
            @Schema(required = true, description = "The question's text.") String question,
            @Schema(required = true, nullable = true, description = "The grade given, for a GRADE question.")
            Grade grade,
            @Schema(required = true, description = "The customer's reason.") String why) {
    }
}
