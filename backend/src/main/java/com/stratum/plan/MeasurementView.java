package com.stratum.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recorded value of an objective's metric.")
public record MeasurementView(
        @Schema(required = true) UUID id,
        @Schema(required = true) LocalDate measuredOn,
        @Schema(required = true) BigDecimal value,
        @Schema(required = true, nullable = true) String note,
        @Schema(required = true) Instant recordedAt,
        @Schema(required = true, nullable = true) String recordedByName) {
}
