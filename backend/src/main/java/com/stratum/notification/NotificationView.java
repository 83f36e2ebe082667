package com.stratum.notification;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something that happened that the signed-in user should know about.")
public record NotificationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) NotificationKind kind,
        @Schema(required = true, description = "One sentence saying what happened.",
                examples = "Northwind answered its QBR: overall grade C (failing).") String title,
        @Schema(required = true, nullable = true, description = "The SPA path of the page it is about.",
                examples = "/accounts/3f1c2b7e-8a4d-4c61-9e2f-5b7a9d0c1e23?tab=qbrs") String link,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, nullable = true, description = "When it was marked read; null while unread.")
        Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, n.title, n.link, n.createdAt, n.readAt);
    }
}
