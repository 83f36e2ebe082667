package com.stratum.revenue;

import com.stratum.common.Paging;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevenueImportRefusedRowPage", description = "One page of an import's refused rows, in file order.")
public record ImportRowPage(
        @Schema(required = true) List<ImportRowView> items,
        @Schema(required = true, nullable = true, description = "Cursor of the next page; null on the last page.")
        String nextCursor,
        @Schema(required = true, description = Paging.TOTAL) long total,
        @Schema(required = true, description = Paging.TOTAL_IS_ESTIMATE) boolean totalIsEstimate) {
}
