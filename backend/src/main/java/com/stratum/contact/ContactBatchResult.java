package com.stratum.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.stratum.common.Problem;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactBatchResult", description = "What became of each contact of a batch, in the order sent, and"
        + " the counts.")
public record ContactBatchResult(
        @Schema(required = true) List<Item> results,
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true) int refused) {

    @Schema(name = "ContactBatchStatus", description = "CREATED: a new externalId in the account; UPDATED: known and"
            + " changed; UNCHANGED: known and the same; REFUSED: nothing was written for it, `problem` says why.")
    public enum Status { CREATED, UPDATED, UNCHANGED, REFUSED }

    @Schema(name = "ContactBatchItemResult", description = "What became of one contact.")
    public record Item(
            @Schema(required = true, description = "The item's position in the batch, from 0.") int index,
            @Schema(required = true, nullable = true) UUID accountId,
            @Schema(required = true, nullable = true) String externalId,
            @Schema(required = true) Status status,
            @Schema(required = true, nullable = true, description = "The contact created, updated or found; null"
                    + " when refused.") UUID contactId,
            @Schema(required = true, nullable = true, description = "The contact's version after the item; null"
                    + " when refused.") Long version,
            @Schema(description = "Why the item was refused, as the single PUT would say it; absent otherwise.")
            @JsonInclude(JsonInclude.Include.NON_NULL) Problem problem) {
    }

    static ContactBatchResult of(List<Item> results) {
        return new ContactBatchResult(results, count(results, Status.CREATED), count(results, Status.UPDATED),
                count(results, Status.UNCHANGED), count(results, Status.REFUSED));
    }

    private static int count(List<Item> results, Status status) {
        return (int) results.stream().filter(r -> r.status() == status).count();
    }
}
