package com.stratum.webhook;

import com.stratum.common.Paging;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of a webhook's deliveries, newest first.")
public record WebhookDeliveryPage(
        @Schema(required = true) List<WebhookDeliveryView> items,
        @Schema(required = true, nullable = true, description = "Cursor of the next page; null on the last page.")
        String nextCursor,
        @Schema(required = true, description = Paging.TOTAL) long total,
        @Schema(required = true, description = Paging.TOTAL_IS_ESTIMATE) boolean totalIsEstimate) {
}
