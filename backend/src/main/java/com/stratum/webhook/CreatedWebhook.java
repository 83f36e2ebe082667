package com.stratum.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A webhook with its signing secret, shown this once (at creation or rotation).")
public record CreatedWebhook(
        @Schema(required = true, description = "The HMAC-SHA256 key of the Stratum-Signature header. Store it now.",
                examples = "whsec_Q3x9LkPaVb2hT8sWmYc4Rn7JdE1uGf6KzXo0Ai5Ql") String secret,
        @Schema(required = true) WebhookView webhook) {
}
