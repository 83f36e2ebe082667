package com.stratum.revenue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.stratum.common.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevenueLineBatchResult", description = "What became of each line of a batch, in the order sent, and"
        + " the counts.")
public record RevenueBatchResult(
        @Schema(required = true) List<Item> results,
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true) int refused) {

    @Schema(name = "RevenueLineStatus", description = "CREATED: a new (account, product, month); UPDATED: known and"
            + " replaced by different figures; UNCHANGED: known with the same figures; REFUSED: nothing was written"
            + " for it, `problem` says why.")
    public enum Status { CREATED, UPDATED, UNCHANGED, REFUSED }

    @Schema(name = "RevenueLineResult", description = "What became of one line.")
    public record Item(
            @Schema(required = true, description = "The line's position in the batch, from 0.") int index,
            @Schema(required = true) Status status,
            @Schema(required = true, nullable = true, description = "The account the line landed on; null when"
                    + " refused.") UUID accountId,
            @Schema(required = true, nullable = true, description = "The product; null when refused.")
            UUID productId,
            @Schema(required = true, nullable = true, description = "The month's first day; null when refused.")
            LocalDate period,
            @Schema(description = "Why the line was refused: a 422 problem whose errors name the fields; absent"
                    + " otherwise.") @JsonInclude(JsonInclude.Include.NON_NULL) Problem problem) {
    }
}
