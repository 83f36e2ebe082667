package com.stratum.survey;

import com.stratum.grade.Grade;
import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A QBR round as the list shows it.")
public record QbrSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID accountId,
        @Schema(required = true) String accountName,
        @Schema(required = true) Tier tier,
        @Schema(required = true, nullable = true) UUID ownerId,
        @Schema(required = true, nullable = true) String ownerName,
        @Schema(required = true) QbrStatus status,
        @Schema(required = true) LocalDate scheduledFor,
        @Schema(required = true) String respondentName,
        @Schema(required = true) String respondentEmail,
        @Schema(required = true, nullable = true) Instant sentAt,
        @Schema(required = true, nullable = true) Instant answeredAt,
        @Schema(required = true, nullable = true) Grade overallGrade,
        @Schema(required = true, nullable = true) BigDecimal overallPoints,
        @Schema(required = true, nullable = true) Boolean failing,
        @Schema(required = true, nullable = true) Integer npsScore,
        @Schema(required = true, nullable = true) FollowUpStatus followUpStatus,
        @Schema(required = true, description = "The account's next QBR is past due.") boolean accountQbrOverdue,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "The last change of the QBR or its follow-up (sync: updatedAfter).")
        Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag of GET /qbrs/{id}.")
        long version) {
}
