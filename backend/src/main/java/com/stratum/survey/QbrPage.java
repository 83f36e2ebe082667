package com.stratum.survey;

import com.stratum.common.Paging;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QbrPage", description = "One page of QBR rounds.")
public record QbrPage(
        @Schema(required = true) List<QbrSummary> items,
        @Schema(required = true, nullable = true) String nextCursor,
        @Schema(required = true, description = Paging.TOTAL) long total,
        @Schema(required = true, description = Paging.TOTAL_IS_ESTIMATE) boolean totalIsEstimate) {
}
