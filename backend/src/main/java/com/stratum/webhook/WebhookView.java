package com.stratum.webhook;

import com.stratum.common.BusinessEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A webhook. Its secret is shown only when it is created or rotated.")
public record WebhookView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) String url,
        @Schema(required = true) List<BusinessEvent.Type> eventTypes,
        @Schema(required = true) boolean active,
        @Schema(required = true, nullable = true, description = "Since when a delivery was given up after a day of"
                + " retries; null while deliveries succeed. A successful delivery or a change clears it.")
        Instant failingSince,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static WebhookView of(Webhook w) {
        return new WebhookView(w.id, w.name, w.url, Arrays.stream(w.eventTypes).map(BusinessEvent.Type::of).toList(),
                w.active, w.failingSince, w.createdAt, w.updatedAt, w.version);
    }
}
