package com.stratum.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A call, meeting, e-mail, note, visit or workshop with the customer.")
public record ActivityView(
        @Schema(required = true) UUID id,
        @Schema(required = true, readOnly = true) UUID accountId,
        @Schema(required = true) ActivityType type,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true) String summary,
        @Schema(required = true, nullable = true, description = "Markdown; shown as text, never as HTML.") String body,
        @Schema(required = true, description = "The contacts who took part, by name.") List<UUID> contactIds,
        @Schema(required = true, readOnly = true, description = "The same contacts with their names, by name.")
        List<ContactRef> contacts,
        @Schema(required = true, nullable = true) UUID opportunityId,
        @Schema(required = true, nullable = true, readOnly = true) String opportunityTitle,
        @Schema(required = true, nullable = true) UUID qbrId,
        @Schema(required = true, nullable = true, readOnly = true, description = "Who logged it; null when the user"
                + " is gone.") UUID authorId,
        @Schema(required = true, nullable = true, readOnly = true) String authorName,
        @Schema(required = true, nullable = true, readOnly = true, description = "The integration it came from (POST"
                + " /activities/batch); null when logged in Stratum.") String source,
        @Schema(required = true, nullable = true, readOnly = true, description = "Its id in that source.")
        String externalId,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {

    @Schema(name = "ActivityContact", description = "A contact who took part in an activity.")
    public record ContactRef(@Schema(required = true) UUID id, @Schema(required = true) String name) {
    }

    static ActivityView of(Activity a, List<ContactRef> contacts, String opportunityTitle, String authorName) {
        return new ActivityView(a.id, a.accountId, a.type, a.occurredAt, a.summary, a.body,
                contacts.stream().map(ContactRef::id).toList(), contacts, a.opportunityId, opportunityTitle, a.qbrId,
                a.authorId, authorName, a.source, a.externalId, a.createdAt, a.updatedAt, a.version);
    }
}
