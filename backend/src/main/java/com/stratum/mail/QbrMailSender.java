package com.stratum.mail;

import com.stratum.outbox.Delivery;
import com.stratum.outbox.OutboxMessage;
import com.stratum.outbox.OutboxSender;
import com.stratum.settings.SettingsService;
import com.stratum.survey.QbrService;
import com.stratum.survey.QbrStatus;
import com.stratum.survey.QbrView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Delivers a QBR's survey e-mails when they are due, after looking again: an invitation or reminder goes out only
 * while the QBR is sent and unanswered, its link is the one that was sent and has not expired; a thank-you only
 * for an answered QBR. The text is written at that moment ({@link QbrMailText}), so a thank-you names the
 * follow-up as it is then.
 */
@ApplicationScoped
public class QbrMailSender implements OutboxSender {
    private final QbrService qbrs;
    private final SettingsService settings;
    private final Smtp smtp;
    private final Clock clock;

    public QbrMailSender(QbrService qbrs, SettingsService settings, Smtp smtp, Clock clock) {
        this.qbrs = qbrs;
        this.settings = settings;
        this.smtp = smtp;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return QbrMails.KIND;
    }

    @Override
    public Delivery prepare(OutboxMessage message) {
        QbrView qbr = qbrs.get(message.refId);
        QbrEmail email = QbrEmail.valueOf(message.topic);
        String name = message.payload.getOrDefault("name", "");
        QbrMailText.Text text;
        if (email == QbrEmail.THANK_YOU) {
            if (qbr.status() != QbrStatus.ANSWERED) {
                return Delivery.cancel("The QBR is " + qbr.status() + ", not answered.");
            }
            text = QbrMailText.thankYou(settings.companyName(), name, qbr);
        } else {
            if (qbr.status() != QbrStatus.SENT) {
                return Delivery.cancel("The QBR was " + qbr.status().name().toLowerCase() + ".");
            }
            if (qbr.sentAt() == null || !qbr.sentAt().toString().equals(message.payload.get("sentAt"))
                    || message.secret == null) {
                return Delivery.cancel("A new link was sent; the earlier one no longer works.");
            }
            if (!qbr.invitationExpiresAt().isAfter(Instant.now(clock))) {
                return Delivery.cancel("The link expired.");
            }
            text = QbrMailText.invitation(settings.companyName(), name, qbr, message.secret,
                    email != QbrEmail.INVITATION);
        }
        String to = message.recipient;
        return Delivery.send(() -> smtp.send(to, text.subject(), text.body()));
    }
}
