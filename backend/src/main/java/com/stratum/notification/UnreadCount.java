package com.stratum.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many of the caller's notifications are unread.")
public record UnreadCount(@Schema(required = true, examples = "3") long unreadCount) {
}
