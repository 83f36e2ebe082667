package com.stratum.mail;

import com.stratum.common.Paging;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of a QBR's survey e-mails, by due time.")
public record QbrEmailPage(
        @Schema(required = true) List<QbrEmailView> items,
        @Schema(required = true, nullable = true) String nextCursor,
        @Schema(required = true, description = Paging.TOTAL) long total,
        @Schema(required = true, description = Paging.TOTAL_IS_ESTIMATE) boolean totalIsEstimate) {
}
