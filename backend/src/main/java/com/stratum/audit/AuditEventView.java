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
        @Schema(required = true, nullable = true, description = "The record a person knows this change by: the"
                + " changed record itself, or what it belongs to (the account of a QBR, QBR answer, follow-up, tier"
                + " change, owner change, handoff or growth baseline; the opportunity of a stage change; the template"
                + " of a question; the"
                + " user of a session). One of account, opportunity, survey-template, user, api-token, tier-policy, company-settings.",
                examples = "account") String recordType,
        @Schema(required = true, nullable = true, description = "That record's id (the tier for a tier policy).")
        String recordId,
        @Schema(required = true, nullable = true, description = "That record's name as it is now: the account's or"
                + " user's name, the opportunity's title, the template's or token's name, the tier. Null when the"
                + " record no longer exists.", examples = "Northwind Traders") String recordName,
        @Schema(required = true, nullable = true, description = "The rows one request wrote share this value (they"
                + " were written in one database transaction): saving a tier policy that moves the next QBR of"
                + " every account of the tier writes one row per account under one value. Null for rows recorded"
                + " before it was kept.", examples = "48213") String transactionId,
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
