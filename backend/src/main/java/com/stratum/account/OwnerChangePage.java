package com.stratum.account;

import com.stratum.common.Paging;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of an account's owner history, newest first.")
public record OwnerChangePage(
        @Schema(required = true) List<OwnerChangeView> items,
        @Schema(required = true, nullable = true) String nextCursor,
        @Schema(required = true, description = Paging.TOTAL) long total,
        @Schema(required = true, description = Paging.TOTAL_IS_ESTIMATE) boolean totalIsEstimate) {
}
