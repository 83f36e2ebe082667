package com.stratum.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether e-mail is configured: STRATUM_SMTP_HOST set (the rest of STRATUM_SMTP_* feed the Quarkus mailer, see
 * application.properties). Without it nothing is queued for e-mail and the QBR screen says that survey links are
 * sent by hand. A host without a from address is a configuration error: the app refuses to start.
 */
@ApplicationScoped
public class MailSettings {
    private final boolean configured;
    private final String from;

    public MailSettings(@ConfigProperty(name = "stratum.smtp.host") Optional<String> host,
            @ConfigProperty(name = "stratum.smtp.from") Optional<String> from) {
        this.configured = host.filter(h -> !h.isBlank()).isPresent();
        this.from = from.map(String::trim).orElse(null);
        if (configured && (this.from == null || !this.from.contains("@"))) {
            throw new IllegalStateException("STRATUM_SMTP_HOST is set but STRATUM_SMTP_FROM is not an e-mail address:"
                    + " set STRATUM_SMTP_FROM to the address survey e-mails come from, such as"
                    + " \"Acme Customer Success <success@acme.example>\".");
        }
    }

    public boolean configured() {
        return configured;
    }

    /** The From address, or null when e-mail is not configured. */
    public String from() {
        return configured ? from : null;
    }
}
