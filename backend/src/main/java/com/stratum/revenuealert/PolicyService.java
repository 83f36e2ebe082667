package com.stratum.revenuealert;

import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The alert policy per tier: everyone with revenue:read reads it; managers and admins replace it. Its version is
 * the sum of the tiers' row versions, so any change moves it.
 */
@ApplicationScoped
public class PolicyService {
    private final EntityManager em;
    private final Validation validation;
    private final Clock clock;

    public PolicyService(EntityManager em, Validation validation, Clock clock) {
        this.em = em;
        this.validation = validation;
        this.clock = clock;
    }

    @Transactional
    public PolicySettingsView get() {
        return view(rows());
    }

    @Transactional
    public PolicySettingsView replace(PolicySettingsInput input, String ifMatch) {
        CurrentCaller.requireRole(Role.MANAGER, "Changing the revenue alert thresholds");
        validation.check(input);
        List<PolicyRow> rows = rows();
        ETags.check(ifMatch, version(rows));
        Set<Tier> given = EnumSet.noneOf(Tier.class);
        boolean twice = input.policies().stream().anyMatch(p -> !given.add(p.tier()));
        if (twice || given.size() != Tier.values().length) {
            throw ApiProblem.validation("policies", "Give the policy of every tier, STANDARD, KEY and STRATEGIC, once"
                    + " each.");
        }
        Instant now = Text.now(clock);
        for (PolicyInput p : input.policies()) {
            PolicyRow row = rows.stream().filter(r -> r.tier == p.tier()).findFirst().orElseThrow();
            boolean same = row.stoppedBuying == p.stoppedBuying() && row.volumeDrop == p.volumeDrop()
                    && row.revenueDecline == p.revenueDecline() && row.minMonthsBought == p.minMonthsBought()
                    && row.volumeDropPct.compareTo(p.volumeDropPct()) == 0
                    && row.revenueDeclinePct.compareTo(p.revenueDeclinePct()) == 0;
            if (!same) {
                row.stoppedBuying = p.stoppedBuying();
                row.volumeDrop = p.volumeDrop();
                row.revenueDecline = p.revenueDecline();
                row.minMonthsBought = p.minMonthsBought();
                row.volumeDropPct = p.volumeDropPct();
                row.revenueDeclinePct = p.revenueDeclinePct();
                row.updatedAt = now;
            }
        }
        em.flush();
        return view(rows);
    }

    private List<PolicyRow> rows() {
        return PolicyRow.<PolicyRow>listAll().stream().sorted(Comparator.comparing(r -> r.tier)).toList();
    }

    private static long version(List<PolicyRow> rows) {
        return rows.stream().mapToLong(r -> r.version).sum();
    }

    private static PolicySettingsView view(List<PolicyRow> rows) {
        return new PolicySettingsView(rows.stream().map(r -> new PolicySettingsView.Policy(r.tier, r.stoppedBuying,
                r.volumeDrop, r.revenueDecline, r.minMonthsBought, r.volumeDropPct, r.revenueDeclinePct,
                r.updatedAt)).filter(Objects::nonNull).toList(), version(rows));
    }
}
