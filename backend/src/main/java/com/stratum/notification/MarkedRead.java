package com.stratum.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The outcome of marking every notification read.")
public record MarkedRead(@Schema(required = true, description = "How many were unread and are now read.") long marked,
        @Schema(required = true, description = "Unread notifications left: 0.") long unreadCount) {
}
