package com.stratum.account;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A batch of accounts from an integration, each known by its externalId. Items are read one by one, so that one
 * malformed item is refused on its own while the others land.
 */
@Schema(name = "AccountBatch", description = "Up to 1,000 accounts to create or replace, each known by its"
        + " externalId (required in each item).")
public record AccountBatchInput(
        @Schema(required = true, type = SchemaType.ARRAY, implementation = AccountInput.class, minItems = 1,
                maxItems = AccountBatchInput.MAX_ITEMS)
        @NotEmpty @Size(max = AccountBatchInput.MAX_ITEMS) List<JsonNode> items) {
    public static final int MAX_ITEMS = 1000;
}
