package com.stratum.mail;

import com.stratum.outbox.OutboxMessage;
import com.stratum.outbox.OutboxStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One survey e-mail of a QBR to one recipient, and how its sending went.")
public record QbrEmailView(
        @Schema(required = true) UUID id,
        @Schema(required = true) QbrEmail email,
        @Schema(required = true, description = "The recipient's e-mail address.") String recipient,
        @Schema(required = true, description = "PENDING: waiting until it is due, or to be tried again after a"
                + " failed attempt; SENT: the SMTP server accepted it; FAILED: every attempt failed, it is no longer"
                + " tried; CANCELLED: no longer applies (the QBR was answered or cancelled, the link expired or was"
                + " replaced).") OutboxStatus status,
        @Schema(required = true, description = "When it goes out, or is tried again; for a sent one, when it was"
                + " due.") Instant dueAt,
        @Schema(required = true, description = "Attempts made so far.") int attempts,
        @Schema(required = true, nullable = true, description = "When it was sent, given up or cancelled.")
        Instant doneAt,
        @Schema(required = true, nullable = true, description = "Why the last attempt failed, or why it was"
                + " cancelled.") String detail) {

    static QbrEmailView of(OutboxMessage m) {
        return new QbrEmailView(m.id, QbrEmail.valueOf(m.topic), m.recipient, m.status, m.dueAt, m.attempts, m.doneAt,
                m.lastError);
    }
}
