package com.stratum.sync;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A deleted record: its type and id, the account it belonged to, and when it was deleted.")
public record DeletionView(
        @Schema(required = true, description = "The tombstone's own id (the tie-breaker of the order).") UUID id,
        @Schema(required = true) DeletedType type,
        @Schema(required = true, description = "The id the record had.") UUID recordId,
        @Schema(required = true, nullable = true, description = "The account the record belonged to; null for"
                + " records of no account (products) and for accounts.") UUID accountId,
        @Schema(required = true) Instant deletedAt) {

    static DeletionView of(Tombstone t) {
        return new DeletionView(t.id, DeletedType.valueOf(t.type), t.recordId, t.accountId, t.deletedAt);
    }
}
