package com.stratum.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something someone has to do on an account by a date.")
public record TaskView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true) UUID accountId,
        @Schema(required = true, readOnly = true) String accountName,
        @Schema(required = true, nullable = true) UUID contactId,
        @Schema(required = true, nullable = true, readOnly = true) String contactName,
        @Schema(required = true, nullable = true) UUID opportunityId,
        @Schema(required = true, nullable = true, readOnly = true) String opportunityTitle,
        @Schema(required = true, nullable = true) UUID qbrId,
        @Schema(required = true) UUID assigneeId,
        @Schema(required = true, readOnly = true) String assigneeName,
        @Schema(required = true) LocalDate dueDate,
        @Schema(required = true) TaskStatus status,
        @Schema(required = true, readOnly = true, description = "True while the task is OPEN and its due date has"
                + " passed.") boolean overdue,
        @Schema(required = true, readOnly = true, description = "MANUAL for tasks created through the API; the"
                + " others are made by the feature they come from.") TaskSource source,
        @Schema(required = true, nullable = true, readOnly = true, description = "Why the task was made, when a"
                + " feature made it: for a THREAT task, the threat path's whole sentence (the title is its short"
                + " subject); else null.") String detail,
        @Schema(required = true, nullable = true, readOnly = true, description = "For a FOLLOW_UP task, the"
                + " position of its action in the QBR's follow-up (0 for the first).") Integer followUpStep,
        @Schema(required = true, nullable = true, readOnly = true) Instant completedAt,
        @Schema(required = true, nullable = true, readOnly = true) UUID completedById,
        @Schema(required = true, nullable = true, readOnly = true) String completedByName,
        @Schema(required = true, nullable = true, readOnly = true, description = "Null for tasks made by the"
                + " system.") UUID createdById,
        @Schema(required = true, nullable = true, readOnly = true) String createdByName,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {
}
