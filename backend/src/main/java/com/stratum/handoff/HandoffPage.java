package com.stratum.handoff;

import com.stratum.common.Paging;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of handoffs, newest first.")
public record HandoffPage(
        @Schema(required = true) List<HandoffView> items,
        @Schema(required = true, nullable = true) String nextCursor,
        @Schema(required = true, description = Paging.TOTAL) long total,
        @Schema(required = true, description = Paging.TOTAL_IS_ESTIMATE) boolean totalIsEstimate) {
}
