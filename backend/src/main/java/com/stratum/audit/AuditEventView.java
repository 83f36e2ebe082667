package com.stratum.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A write: who made it, through which operation, and what changed.")
public record AuditEventView(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true, nullable = true, description = "The user; null for the system and for customers"
                + " answering a survey link.") UUID actorId,
        @Schema(required = true, nullable = true) String actorName,
        @Schema(required = true, nullable = true, description = "The API token used, if any.") UUID tokenId,
        @Schema(required = true, description = "The API operation (its operationId), or system:insert and the"
                + " like for changes made outside any request.", examples = "changeAccountTier") String action,
        @Schema(required = true, examples = "account") String entityType,
        @Schema(required = true) String entityId,
        @Schema(required = true) List<Change> changes) {

    @Schema(name = "AuditChange", description = "One field's value before and after; secrets show as [secret].")
    public record Change(
            @Schema(required = true, examples = "tier") String field,
            @Schema(required = true, nullable = true, description = "Any JSON value; null when created.")
            JsonNode before,
            @Schema(required = true, nullable = true, description = "Any JSON value; null when deleted.")
            JsonNode after) {
    }
}
