package com.stratum.activity;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A batch from an integration. Items are read one by one, so that one malformed item is refused on its own while
 * the others land.
 */
@Schema(name = "ActivityBatch", description = "Up to 500 activities from mail and calendar integrations.")
public record ActivityBatchInput(
        @Schema(required = true, type = SchemaType.ARRAY, implementation = ActivityBatchItem.class, minItems = 1,
                maxItems = ActivityBatchInput.MAX_ITEMS)
        @NotEmpty @Size(max = ActivityBatchInput.MAX_ITEMS) List<JsonNode> items) {
    public static final int MAX_ITEMS = 500;
}
