package com.stratum.survey;

import com.stratum.grade.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Grade KPIs over QBRs answered in [from, to]. Shares are percentages with one decimal;"
        + " null when there is nothing to divide by.")
public record GradeReport(
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true) long answeredQbrs,
        @Schema(required = true, description = "How often each grade was given, best first.")
        List<GradeCount> distribution,
        @Schema(required = true, nullable = true, description = "Share of answered QBRs that are failing.")
        BigDecimal failingShare,
        @Schema(required = true, nullable = true, description = "Share of grade answers at B or better.")
        BigDecimal csat,
        @Schema(required = true, nullable = true, description = "% promoters (9-10) minus % detractors (0-6).")
        BigDecimal nps) {

    @Schema(description = "How often one grade was given.")
    public record GradeCount(@Schema(required = true) Grade grade, @Schema(required = true) long count) {
    }
}
