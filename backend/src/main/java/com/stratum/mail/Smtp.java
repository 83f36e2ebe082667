package com.stratum.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends one plain-text e-mail through the configured SMTP server (the Quarkus mailer), waiting for its answer. */
@ApplicationScoped
public class Smtp {
    private final ReactiveMailer mailer;
    private final MailSettings settings;
    private final Duration timeout;

    public Smtp(ReactiveMailer mailer, MailSettings settings,
            @ConfigProperty(name = "stratum.smtp.send-timeout", defaultValue = "PT1M") Duration timeout) {
        this.mailer = mailer;
        this.settings = settings;
        this.timeout = timeout;
    }

    /** Sends, or throws when the server refused it or could not be reached in time. */
    public void send(String to, String subject, String text) {
        if (!settings.configured()) {
            throw new IllegalStateException("E-mail is not configured (STRATUM_SMTP_HOST).");
        }
        Mail mail = Mail.withText(to, subject, text).setFrom(settings.from())
                .addHeader("Auto-Submitted", "auto-generated");
        mailer.send(mail).await().atMost(timeout);
    }
}
