package com.stratum.survey;

import com.stratum.common.Paging;
import com.stratum.grade.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GradeTrendPage", description = "An account's answered QBRs, oldest first.")
public record GradeTrendPage(
        @Schema(required = true) List<Point> items,
        @Schema(required = true, nullable = true) String nextCursor,
        @Schema(required = true, description = Paging.TOTAL) long total,
        @Schema(required = true, description = Paging.TOTAL_IS_ESTIMATE) boolean totalIsEstimate) {

    @Schema(name = "GradeTrendPoint", description = "One answered QBR: overall and per-question grades.")
    public record Point(
            @Schema(required = true) UUID qbrId,
            @Schema(required = true) Instant answeredAt,
            @Schema(required = true) Grade overallGrade,
            @Schema(required = true) BigDecimal overallPoints,
            @Schema(required = true) List<QuestionGrade> grades) {
    }

    @Schema(description = "The grade one question got.")
    public record QuestionGrade(
            @Schema(required = true) UUID questionId,
            @Schema(required = true) String text,
            @Schema(required = true) Grade grade) {
    }
}
