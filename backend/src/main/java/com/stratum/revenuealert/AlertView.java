package com.stratum.revenuealert;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.stratum.survey.QbrReasons;
import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevenueAlert", description = "A revenue alert on an account: what the billing figures showed (its"
        + " evidence), who is on it, and how it ended.")
public record AlertView(
        @Schema(required = true) UUID id,
        @Schema(required = true, readOnly = true) UUID accountId,
        @Schema(required = true, readOnly = true) String accountName,
        @Schema(required = true, nullable = true, readOnly = true) UUID accountOwnerId,
        @Schema(required = true, nullable = true, readOnly = true) String accountOwnerName,
        @Schema(required = true, readOnly = true) Tier tier,
        @Schema(required = true, nullable = true, readOnly = true, description = "Null for REVENUE_DECLINE.")
        UUID productId,
        @Schema(required = true, nullable = true, readOnly = true) String productSku,
        @Schema(required = true, nullable = true, readOnly = true) String productName,
        @Schema(required = true, readOnly = true) AlertRule rule,
        @Schema(required = true) AlertStatus status,
        @Schema(required = true, readOnly = true) AlertEvidence evidence,
        @Schema(required = true, readOnly = true, description = "The money at risk in the company currency,"
                + " annualised: STOPPED_BUYING the product's revenue in the 12 complete months to detection;"
                + " VOLUME_DROP 12 x (the baseline's average monthly amount - the latest month's); REVENUE_DECLINE"
                + " 4 x (the year-earlier 3 months' amount - the last 3 months').") BigDecimal amountAtRisk,
        @Schema(required = true, nullable = true, readOnly = true, description = "The task the alert opened for the"
                + " account's owner.") UUID taskId,
        @Schema(required = true, nullable = true, description = "Why the customer buys less; required to resolve.")
        AlertCause cause,
        @Schema(required = true, nullable = true, description = "The competitor's name; required when the cause is"
                + " COMPETITOR.") String competitor,
        @Schema(required = true, nullable = true, description = "The competitor of the list (GET"
                + " /api/v1/competitors/{id}) the cause names, when one was chosen.") UUID competitorId,
        @Schema(required = true, nullable = true, description = "Required to resolve.") String resolutionNote,
        @Schema(required = true, nullable = true, readOnly = true) Instant acknowledgedAt,
        @Schema(required = true, nullable = true, readOnly = true) String acknowledgedByName,
        @Schema(required = true, nullable = true, readOnly = true) Instant resolvedAt,
        @Schema(required = true, nullable = true, readOnly = true) String resolvedByName,
        @Schema(required = true, readOnly = true) Instant detectedAt,
        @Schema(readOnly = true, description = "The reasons the customer gave in the account's last answered QBR,"
                + " often the cause; absent when the account has no answered QBR.")
        @JsonInclude(JsonInclude.Include.NON_NULL) QbrReasons lastQbr,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {
    /** This alert with its evidence and its account's last QBR reasons, read apart from its columns. */
    public AlertView with(AlertEvidence evidence, QbrReasons lastQbr) {
        return new AlertView(id, accountId, accountName, accountOwnerId, accountOwnerName, tier, productId, productSku,
                productName, rule, status, evidence, amountAtRisk, taskId, cause, competitor, competitorId,
                resolutionNote, acknowledgedAt, acknowledgedByName, resolvedAt, resolvedByName, detectedAt, lastQbr,
                createdAt, updatedAt, version);
    }
}
