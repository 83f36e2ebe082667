package com.stratum.revenuealert;

import com.stratum.common.Paging;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevenueAlertPage", description = "One page of revenue alerts.")
public record AlertPage(
        @Schema(required = true) List<AlertView> items,
        @Schema(required = true, nullable = true, description = "Cursor of the next page; null on the last page.")
        String nextCursor,
        @Schema(required = true, description = Paging.TOTAL) long total,
        @Schema(required = true, description = Paging.TOTAL_IS_ESTIMATE) boolean totalIsEstimate) {
}
