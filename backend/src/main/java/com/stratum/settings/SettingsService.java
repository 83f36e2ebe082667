package com.stratum.settings;

import com.stratum.common.ETags;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The company's settings: everyone reads them, admins change them (audited by the database trigger). */
@ApplicationScoped
public class SettingsService {
    private final EntityManager em;
    private final Validation validation;
    private final Clock clock;

    public SettingsService(EntityManager em, Validation validation, Clock clock) {
        this.em = em;
        this.validation = validation;
        this.clock = clock;
    }

    @Transactional
    public SettingsView get() {
        return SettingsView.of(settings());
    }

    @Transactional
    public SettingsView update(SettingsInput input, String ifMatch) {
        CurrentCaller.requireRole(Role.ADMIN, "Changing the company's settings");
        validation.check(input);
        CompanySettings settings = settings();
        ETags.check(ifMatch, settings.version);
        settings.companyName = input.companyName().trim();
        settings.updatedAt = Text.now(clock);
        em.flush();
        return SettingsView.of(settings);
    }

    /** The company's name, as it brands e-mails. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String companyName() {
        return settings().companyName;
    }

    private CompanySettings settings() {
        return em.find(CompanySettings.class, CompanySettings.ID);
    }
}
