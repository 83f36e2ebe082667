package com.stratum.contact;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch of contacts from an integration; items are read one by one, so a malformed one is refused alone. */
@Schema(name = "ContactBatch", description = "Up to 1,000 contacts to create or replace, each known by its accountId"
        + " and externalId.")
public record ContactBatchInput(
        @Schema(required = true, type = SchemaType.ARRAY, implementation = ContactBatchItem.class, minItems = 1,
                maxItems = ContactBatchInput.MAX_ITEMS)
        @NotEmpty @Size(max = ContactBatchInput.MAX_ITEMS) List<JsonNode> items) {
    public static final int MAX_ITEMS = 1000;
}
