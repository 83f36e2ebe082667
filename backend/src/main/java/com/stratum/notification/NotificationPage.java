package com.stratum.notification;

import com.stratum.common.Paging;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of the caller's notifications, newest first, with the count of unread ones.")
public record NotificationPage(
        @Schema(required = true) List<NotificationView> items,
        @Schema(required = true, nullable = true, description = "Cursor of the next page; null on the last page.")
        String nextCursor,
        @Schema(required = true, description = Paging.TOTAL) long total,
        @Schema(required = true, description = Paging.TOTAL_IS_ESTIMATE) boolean totalIsEstimate,
        @Schema(required = true, description = "How many of the caller's notifications are unread, whatever the"
                + " filters.") long unreadCount) {
}
