package com.stratum.mail;

import com.stratum.common.ApiProblem;
import com.stratum.outbox.Outbox;
import com.stratum.survey.Qbr;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** What the QBR screen shows about e-mail: whether it is configured, and each QBR's e-mails and how they went. */
@ApplicationScoped
public class QbrEmailService {
    private final EntityManager em;
    private final Outbox outbox;
    private final MailSettings settings;

    public QbrEmailService(EntityManager em, Outbox outbox, MailSettings settings) {
        this.em = em;
        this.outbox = outbox;
        this.settings = settings;
    }

    public EmailSettingsView settings() {
        return new EmailSettingsView(settings.configured(), settings.from());
    }

    @Transactional
    public QbrEmailPage emails(UUID qbrId, int limit, String cursor) {
        if (em.find(Qbr.class, qbrId) == null) {
            throw ApiProblem.notFound("QBR", qbrId);
        }
        return outbox.messages(QbrMails.REF_TYPE, qbrId, limit, cursor).map(QbrEmailView::of)
                .to(QbrEmailPage::new);
    }
}
