package com.stratum.competition;

import com.stratum.common.Paging;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of offering gaps, the largest ARR at stake first.")
public record OfferingGapPage(
        @Schema(required = true) List<OfferingGapView> items,
        @Schema(required = true, nullable = true, description = "Cursor of the next page; null on the last page.")
        String nextCursor,
        @Schema(required = true, description = Paging.TOTAL) long total,
        @Schema(required = true, description = Paging.TOTAL_IS_ESTIMATE) boolean totalIsEstimate) {
}
