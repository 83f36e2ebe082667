package com.stratum.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.stratum.common.Problem;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountBatchResult", description = "What became of each account of a batch, in the order sent, and"
        + " the counts.")
public record AccountBatchResult(
        @Schema(required = true) List<Item> results,
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true) int refused) {

    @Schema(name = "AccountBatchStatus", description = "CREATED: a new externalId; UPDATED: known and changed;"
            + " UNCHANGED: known and the same; REFUSED: nothing was written for it, `problem` says why.")
    public enum Status { CREATED, UPDATED, UNCHANGED, REFUSED }

    @Schema(name = "AccountBatchItemResult", description = "What became of one account.")
    public record Item(
            @Schema(required = true, description = "The item's position in the batch, from 0.") int index,
            @Schema(required = true, nullable = true) String externalId,
            @Schema(required = true) Status status,
            @Schema(required = true, nullable = true, description = "The account created, updated or found; null"
                    + " when refused.") UUID accountId,
            @Schema(required = true, nullable = true, description = "The account's version after the item; null"
                    + " when refused.") Long version,
            @Schema(description = "Why the item was refused, as PUT /accounts/by-external-id/{externalId} would say"
                    + " it (status, detail and field errors); absent otherwise.")
            @JsonInclude(JsonInclude.Include.NON_NULL) Problem problem) {
    }

    static AccountBatchResult of(List<Item> results) {
        return new AccountBatchResult(results, count(results, Status.CREATED), count(results, Status.UPDATED),
                count(results, Status.UNCHANGED), count(results, Status.REFUSED));
    }

    private static int count(List<Item> results, Status status) {
        return (int) results.stream().filter(r -> r.status() == status).count();
    }
}
