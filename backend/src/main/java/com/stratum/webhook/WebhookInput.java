package com.stratum.webhook;

import com.stratum.common.BusinessEvent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A webhook: where events go and which ones.")
public record WebhookInput(
        @Schema(required = true, minLength = 1, maxLength = 100, examples = "Billing system")
        @NotBlank @Size(max = 100) String name,
        @Schema(required = true, minLength = 1, maxLength = 2000, examples = "https://hooks.example.com/stratum",
                description = "An https URL (http only where the server allows it for local testing) whose host"
                        + " resolves to public addresses only, unless the server's allowlist names it. Redirects"
                        + " are not followed.")
        @NotBlank @Size(max = 2000) String url,
        @Schema(required = true, minItems = 1, description = "The event types sent to this webhook.")
        @NotEmpty List<BusinessEvent.@NotNull Type> eventTypes,
        @Schema(description = "Whether events are sent; an inactive webhook keeps its waiting deliveries."
                + " Defaults to true.") Boolean active) {
}
