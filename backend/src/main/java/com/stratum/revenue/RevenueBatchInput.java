package com.stratum.revenue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch from billing. Lines are read one by one, so that one malformed line is refused on its own. */
@Schema(name = "RevenueLineBatch", description = "Up to 5,000 monthly revenue lines from the billing system.")
public record RevenueBatchInput(
        @Schema(required = true, type = SchemaType.ARRAY, implementation = RevenueLineInput.class, minItems = 1,
                maxItems = RevenueBatchInput.MAX_LINES)
        @NotEmpty @Size(max = RevenueBatchInput.MAX_LINES) List<JsonNode> lines) {
    public static final int MAX_LINES = 5000;
}
