package com.stratum.handoff;

import com.stratum.tier.Tier;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An account passing from one owner to another. Ownership moves only when the incoming owner"
        + " accepts; while OPEN it reserves a place in the incoming owner's capacity for the tier.")
public record HandoffView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID accountId,
        @Schema(required = true) String accountName,
        @Schema(required = true, description = "The account's tier when the handoff started: the tier whose"
                + " capacity it reserves.") Tier tier,
        @Schema(required = true, nullable = true, description = "The owner when the handoff started.")
        UUID fromUserId,
        @Schema(required = true, nullable = true) String fromUserName,
        @Schema(required = true) UUID toUserId,
        @Schema(required = true) String toUserName,
        @Schema(required = true) HandoffStatus status,
        @Schema(required = true, nullable = true) String note,
        @Schema(required = true, description = "Goals, key contacts, open follow-ups, open opportunities and risks,"
                + " in that order.") List<ChecklistSection> checklist,
        @Schema(required = true, nullable = true, description = "Who started it; null for the system.")
        UUID createdById,
        @Schema(required = true, nullable = true) String createdByName,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, nullable = true, description = "Who accepted, declined or cancelled it.")
        UUID decidedById,
        @Schema(required = true, nullable = true) String decidedByName,
        @Schema(required = true, nullable = true) Instant decidedAt,
        @Schema(required = true, nullable = true, description = "The incoming owner's reason, when DECLINED.")
        String declineReason,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {
}
