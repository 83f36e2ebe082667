package com.stratum.settings;

import com.stratum.common.ETags;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;

/** The company's settings: everyone reads them, admins change them (audited by the database trigger). */
@ApplicationScoped
public class SettingsService {
    private final EntityManager em;
    private final Validation validation;
    private final Clock clock;
    private final Event<CurrencyChanging> currencyChanging;

    public SettingsService(EntityManager em, Validation validation, Clock clock,
            Event<CurrencyChanging> currencyChanging) {
        this.em = em;
        this.validation = validation;
        this.clock = clock;
        this.currencyChanging = currencyChanging;
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
        if (input.currency() != null && !input.currency().equals(settings.currency)) {
            currencyChanging.fire(new CurrencyChanging(settings.currency, input.currency()));
            settings.currency = input.currency();
        }
        if (input.grrThresholdPct() != null) {
            settings.grrThresholdPct = input.grrThresholdPct();
        }
        settings.updatedAt = Text.now(clock);
        em.flush();
        return SettingsView.of(settings);
    }

    /** The company's name, as it brands e-mails. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String companyName() {
        return settings().companyName;
    }

    /** The company currency: every revenue line is in it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String currency() {
        return settings().currency;
    }

    /** The retention gate's gross revenue retention threshold, in percent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BigDecimal grrThresholdPct() {
        return settings().grrThresholdPct;
    }

    private CompanySettings settings() {
        return em.find(CompanySettings.class, CompanySettings.ID);
    }
}
