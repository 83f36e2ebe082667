package com.stratum.mail;

import com.stratum.outbox.Outbox;
import com.stratum.outbox.OutboxEntry;
import com.stratum.survey.QbrEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues a QBR's survey e-mails in the outbox, in the transaction that sent, answered, followed up or cancelled
 * the QBR (so a rolled-back change sends nothing). The one home of the e-mail schedule:
 * <ul>
 * <li>sent: an invitation to each respondent now, reminders on day 5 and day 10 after sending (only those due
 * before the link expires); a new link cancels the reminders and invitations of the old one still waiting;</li>
 * <li>answered: the invitations and reminders still waiting are cancelled, and each respondent gets a thank-you:
 * at once for a passing QBR; for a failing one when its follow-up is set, or {@code stratum.mail.thank-you-wait}
 * (2 days) after the answer if none is set by then, so that it can name the agreed follow-up date;</li>
 * <li>cancelled: everything still waiting is cancelled.</li>
 * </ul>
 * {@link QbrMailSender} looks again when a message is due, and sends nothing that no longer applies.
 * With e-mail not configured nothing is queued: the QBR screen says links are sent by hand.
 */
@ApplicationScoped
public class QbrMails {
    static final String KIND = "qbr-email";
    static final String REF_TYPE = "qbr";
    static final Duration FIRST_REMINDER = Duration.ofDays(5);
    static final Duration SECOND_REMINDER = Duration.ofDays(10);
    private static final List<String> BEFORE_ANSWER = List.of(QbrEmail.INVITATION.name(),
            QbrEmail.FIRST_REMINDER.name(), QbrEmail.SECOND_REMINDER.name());

    private final Outbox outbox;
    private final MailSettings settings;
    private final Clock clock;
    private final Duration thankYouWait;

    public QbrMails(Outbox outbox, MailSettings settings, Clock clock,
            @ConfigProperty(name = "stratum.mail.thank-you-wait", defaultValue = "P2D") Duration thankYouWait) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.thankYouWait = thankYouWait;
    }

    void invited(@Observes QbrEvent.Invited event) {
        if (!settings.configured()) {
            return;
        }
        outbox.cancelPending(REF_TYPE, event.qbrId(), BEFORE_ANSWER, "A new link was sent; the earlier one no longer"
                + " works.");
        for (QbrEvent.Recipient to : event.recipients()) {
            Map<String, String> payload = Map.of("name", to.name(), "sentAt", event.sentAt().toString());
            queue(event.qbrId(), QbrEmail.INVITATION, to, payload, event.link(), event.sentAt());
            for (var reminder : List.of(Map.entry(QbrEmail.FIRST_REMINDER, FIRST_REMINDER),
                    Map.entry(QbrEmail.SECOND_REMINDER, SECOND_REMINDER))) {
                Instant due = event.sentAt().plus(reminder.getValue());
                if (due.isBefore(event.expiresAt())) {
                    queue(event.qbrId(), reminder.getKey(), to, payload, event.link(), due);
                }
            }
        }
    }

    void answered(@Observes QbrEvent.Answered event) {
        outbox.cancelPending(REF_TYPE, event.qbrId(), BEFORE_ANSWER, "The QBR was answered.");
        if (!settings.configured()) {
            return;
        }
        Instant due = event.failing() ? clock.instant().plus(thankYouWait) : clock.instant();
        for (QbrEvent.Recipient to : event.recipients()) {
            queue(event.qbrId(), QbrEmail.THANK_YOU, to, Map.of("name", to.name()), null, due);
        }
    }

    void followUpSet(@Observes QbrEvent.FollowUpSet event) {
        outbox.dueNow(REF_TYPE, event.qbrId(), QbrEmail.THANK_YOU.name());
    }

    void cancelled(@Observes QbrEvent.Cancelled event) {
        outbox.cancelPending(REF_TYPE, event.qbrId(), BEFORE_ANSWER, "The QBR was cancelled.");
    }

    private void queue(java.util.UUID qbrId, QbrEmail email, QbrEvent.Recipient to, Map<String, String> payload,
            String link, Instant due) {
        outbox.enqueue(new OutboxEntry(KIND, REF_TYPE, qbrId, email.name(), to.email(), payload, link, due));
    }
}
