package com.stratum.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.stratum.common.Problem;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityBatchResult", description = "What became of each item of a batch, in the order sent, and"
        + " the counts.")
public record ActivityBatchResult(
        @Schema(required = true) List<Item> results,
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true) int refused) {

    @Schema(name = "ActivityBatchStatus", description = "CREATED: a new (source, externalId); UPDATED: known and"
            + " changed; UNCHANGED: known and the same; REFUSED: nothing was written for it, `problem` says why.")
    public enum Status { CREATED, UPDATED, UNCHANGED, REFUSED }

    @Schema(name = "ActivityBatchItemResult", description = "What became of one item.")
    public record Item(
            @Schema(required = true, description = "The item's position in the batch, from 0.") int index,
            @Schema(required = true, nullable = true) String source,
            @Schema(required = true, nullable = true) String externalId,
            @Schema(required = true) Status status,
            @Schema(required = true, nullable = true, description = "The activity created, updated or found; null"
                    + " when refused.") UUID activityId,
            @Schema(description = "Why the item was refused, as the single endpoints would say it (status, detail"
                    + " and field errors); absent otherwise.") @JsonInclude(JsonInclude.Include.NON_NULL)
            Problem problem) {
    }

    static ActivityBatchResult of(List<Item> results) {
        return new ActivityBatchResult(results, count(results, Status.CREATED), count(results, Status.UPDATED),
                count(results, Status.UNCHANGED), count(results, Status.REFUSED));
    }

    private static int count(List<Item> results, Status status) {
        return (int) results.stream().filter(r -> r.status() == status).count();
    }
}
