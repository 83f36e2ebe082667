package com.stratum.icp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An account's ICP fit: 0-100, the best over the active ICP profiles, with the profile that gave"
        + " it and each of its criteria's contribution. Recomputed in the transaction of every account change, and for"
        + " every account when a profile changes.")
public record IcpFitView(
        @Schema(required = true) UUID accountId,
        @Schema(required = true, nullable = true, description = "Null while no active profile sets a criterion.")
        Integer fit,
        @Schema(required = true, nullable = true, description = "The profile that gave the fit; null while no"
                + " profile is active.") UUID profileId,
        @Schema(required = true, nullable = true) String profileName,
        @Schema(required = true, description = "The fit in words: which profile gave it, and how.") String summary,
        @Schema(required = true) List<IcpCriterion> criteria,
        @Schema(required = true, nullable = true) Instant computedAt) {
}
