package com.stratum.competition;

import com.stratum.common.Paging;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of the accounts that use an offering gap, the largest ARR first.")
public record OfferingGapAccountPage(
        @Schema(required = true) List<OfferingGapAccountView> items,
        @Schema(required = true, nullable = true, description = "Cursor of the next page; null on the last page.")
        String nextCursor,
        @Schema(required = true, description = Paging.TOTAL) long total,
        @Schema(required = true, description = Paging.TOTAL_IS_ESTIMATE) boolean totalIsEstimate) {
}
