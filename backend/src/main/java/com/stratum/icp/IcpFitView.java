package com.stratum.icp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An account's ICP fit: 0-100 with each criterion's contribution. Recomputed in the transaction"
        + " of every account change, and for every account when the profile changes.")
public record IcpFitView(
        @Schema(required = true) UUID accountId,
        @Schema(required = true, nullable = true, description = "Null while the profile sets no criterion.") Integer fit,
        @Schema(required = true) List<IcpCriterion> criteria,
        @Schema(required = true, nullable = true) Instant computedAt) {
}
