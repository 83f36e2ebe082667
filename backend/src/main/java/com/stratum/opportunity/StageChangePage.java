package com.stratum.opportunity;

import com.stratum.common.Paging;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpportunityHistoryPage", description = "An opportunity's stage changes, newest first.")
public record StageChangePage(
        @Schema(required = true) List<StageChangeView> items,
        @Schema(required = true, nullable = true) String nextCursor,
        @Schema(required = true, description = Paging.TOTAL) long total,
        @Schema(required = true, description = Paging.TOTAL_IS_ESTIMATE) boolean totalIsEstimate) {
}
