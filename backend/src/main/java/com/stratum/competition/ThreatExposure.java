package com.stratum.competition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The ARR exposed to competitors across the live accounts: per path kind and per competitor.")
public record ThreatExposure(
        @Schema(required = true, description = "Live accounts the filters select.") long accounts,
        @Schema(required = true, description = "Of them, the accounts with at least one threat path.")
        long accountsExposed,
        @Schema(required = true, description = "Their ARR.") BigDecimal arrExposed,
        @Schema(required = true, description = "Every path kind, in ThreatKind's order: the accounts with at least one"
                + " path of the kind and their ARR.") List<ByKind> byKind,
        @Schema(required = true, description = "Every competitor that holds a whitespace cell or offers a gap in the"
                + " selected accounts, the largest ARR exposed first.") List<ByCompetitor> byCompetitor,
        @Schema(required = true, description = "When the figures were computed: the report is read from a snapshot"
                + " recomputed every few minutes (stratum.jobs.threat-exposure.every, default 5 minutes) and by POST"
                + " /api/v1/reports/threat-exposure/refresh.") Instant asOf) {

    @Schema(name = "ThreatExposureByKind")
    public record ByKind(
            @Schema(required = true) ThreatKind kind,
            @Schema(required = true) long accounts,
            @Schema(required = true) BigDecimal arrExposed) {
    }

    @Schema(name = "ThreatExposureByCompetitor")
    public record ByCompetitor(
            @Schema(required = true) UUID competitorId,
            @Schema(required = true) String competitorName,
            @Schema(required = true, description = "Accounts where it holds a whitespace cell or offers a gap they"
                    + " use.") long accounts,
            @Schema(required = true, description = "The ARR of those accounts.") BigDecimal arrExposed,
            @Schema(required = true, description = "The sum of the estimated annual values of the cells it holds.")
            BigDecimal estimatedAnnualValue) {
    }
}
