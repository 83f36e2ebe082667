package com.stratum.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One activity sent by an integration: where it came from, its id there, its account, and the activity. */
@Schema(name = "ActivityBatchItem", description = "One activity from an integration, known by (source, externalId).")
public record ActivityBatchItem(
        @Schema(required = true, minLength = 1, maxLength = 50, description = "The integration, as it names itself.",
                examples = "exchange-calendar") @NotBlank @Size(max = 50) String source,
        @Schema(required = true, minLength = 1, maxLength = 200, description = "The activity's id in that source;"
                + " sending it again updates the same activity.", examples = "AAMkAGI2TG93AAA=")
        @NotBlank @Size(max = 200) String externalId,
        @Schema(required = true) @NotNull UUID accountId,
        @Schema(required = true) @NotNull ActivityType type,
        @Schema(required = true, description = "When it happened: now or earlier, never in the future.")
        @NotNull Instant occurredAt,
        @Schema(required = true, minLength = 1, maxLength = 500) @NotBlank @Size(max = 500) String summary,
        @Schema(nullable = true, maxLength = 20000, description = "Markdown.") @Size(max = 20000) String body,
        @Schema(nullable = true, maxItems = 50) @Size(max = 50) List<@NotNull UUID> contactIds,
        @Schema(nullable = true) UUID opportunityId,
        @Schema(nullable = true) UUID qbrId) {

    ActivityInput input() {
        return new ActivityInput(type, occurredAt, summary, body, contactIds, opportunityId, qbrId);
    }
}
