package com.stratum.tier;

import com.stratum.common.ETags;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The tier policies: per tier, the capacity per owner, the QBR cadence, the coverage rule and the touch cadence. A changed cadence is
 * announced as a {@link TierCadenceChanged} event, a changed coverage rule as {@link TierCoverageChanged}, within the
 * same transaction, to whoever keeps values that follow them.
 */
@ApplicationScoped
public class TierPolicyService {
    private final EntityManager em;
    private final Validation validation;
    private final Clock clock;
    private final Event<TierCadenceChanged> cadenceChanged;
    private final Event<TierCoverageChanged> coverageChanged;

    public TierPolicyService(EntityManager em, Validation validation, Clock clock,
            Event<TierCadenceChanged> cadenceChanged, Event<TierCoverageChanged> coverageChanged) {
        this.em = em;
        this.validation = validation;
        this.clock = clock;
        this.cadenceChanged = cadenceChanged;
        this.coverageChanged = coverageChanged;
    }

    @Transactional
    public TierPolicyPage policies() {
        List<TierPolicyView> items = Arrays.stream(Tier.values()).map(this::policy).map(TierPolicyView::of).toList();
        return new TierPolicyPage(items, null, items.size(), false);
    }

    @Transactional
    public TierPolicyView updatePolicy(Tier tier, TierPolicyInput update, String ifMatch) {
        CurrentCaller.requireRole(Role.MANAGER, "Changing tier policies");
        validation.check(update);
        TierPolicy policy = policy(tier);
        ETags.check(ifMatch, policy.version);
        policy.maxAccountsPerOwner = update.maxAccountsPerOwner();
        boolean cadenceChanged = policy.qbrCadenceDays != update.qbrCadenceDays();
        policy.qbrCadenceDays = update.qbrCadenceDays();
        int minDecision = update.minDecisionContacts() == null ? policy.minDecisionContacts
                : update.minDecisionContacts();
        int minUnits = update.minBusinessUnits() == null ? policy.minBusinessUnits : update.minBusinessUnits();
        boolean coverageChanged = policy.minDecisionContacts != minDecision || policy.minBusinessUnits != minUnits;
        policy.minDecisionContacts = minDecision;
        policy.minBusinessUnits = minUnits;
        // Read when asked (touch_overdue() in V21): nothing stored follows it, so no event.
        policy.touchCadenceDays = update.touchCadenceDays();
        // Read by the renewal job when it runs: contracts waiting for their renewal follow it, nothing is stored.
        if (update.renewalLeadDays() != null) {
            policy.renewalLeadDays = update.renewalLeadDays();
        }
        policy.updatedAt = Text.now(clock);
        em.flush();
        if (cadenceChanged) {
            this.cadenceChanged.fire(new TierCadenceChanged(tier, policy.qbrCadenceDays));
        }
        if (coverageChanged) {
            this.coverageChanged.fire(new TierCoverageChanged(tier));
        }
        return TierPolicyView.of(policy);
    }

    /** The policy of one tier (every tier has one, from the first migration on). */
    public TierPolicy policy(Tier tier) {
        return TierPolicy.findById(tier);
    }
}
