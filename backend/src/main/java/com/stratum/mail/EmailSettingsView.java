package com.stratum.mail;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether this installation sends e-mail (STRATUM_SMTP_HOST is set).")
public record EmailSettingsView(
        @Schema(required = true, description = "False: no survey e-mails are sent; survey links must be sent by"
                + " hand.") boolean configured,
        @Schema(required = true, nullable = true, description = "The address e-mails come from; null when not"
                + " configured.") String fromAddress) {
}
