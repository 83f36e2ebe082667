package com.stratum.icp;

import com.stratum.common.Paging;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of the current tier review, with the review's period and thresholds.")
public record TierReviewPage(
        @Schema(required = true) List<TierReviewItem> items,
        @Schema(required = true, nullable = true) String nextCursor,
        @Schema(required = true, description = Paging.TOTAL) long total,
        @Schema(required = true, description = Paging.TOTAL_IS_ESTIMATE) boolean totalIsEstimate,
        @Schema(required = true, description = "The first day of the current review period (periods of the"
                + " profile's reviewMonths from January 1st; semi-annual by default).") LocalDate periodStart,
        @Schema(required = true, description = "The last day of the current review period.") LocalDate periodEnd,
        @Schema(required = true, description = "KEY and STRATEGIC accounts below this fit are listed.") int lowFit,
        @Schema(required = true, description = "STANDARD accounts at or above this fit are listed.") int highFit) {
}
