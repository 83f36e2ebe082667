package com.stratum.scorecard;

import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.opportunity.AccountGrowths;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import com.stratum.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Owners' yearly targets: set by managers and admins, each field defaulting when not set. */
@ApplicationScoped
public class OwnerTargets {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final EntityManager em;
    private final AccountGrowths growths;
    private final SettingsService settings;
    private final Validation validation;
    private final Clock clock;

    public OwnerTargets(EntityManager em, AccountGrowths growths, SettingsService settings, Validation validation,
            Clock clock) {
        this.em = em;
        this.growths = growths;
        this.settings = settings;
        this.validation = validation;
        this.clock = clock;
    }

    /** What is stored for one owner and year (nulls: defaults), and its version. */
    record Stored(BigDecimal expansionTarget, BigDecimal grrThresholdPct, BigDecimal nrrTargetPct, long version) {
        static final Stored NONE = new Stored(null, null, null, 0);
    }

    @Transactional
    public OwnerTargetView get(UUID userId, int year) {
        ScorecardAccess.requireRead(userId);
        checkYear(year);
        return view(userId, year, stored(List.of(userId), year).get(userId),
                growths.targetsByOwner(List.of(userId), year).get(userId), settings.grrThresholdPct());
    }

    @Transactional
    public OwnerTargetView put(UUID userId, int year, OwnerTargetInput input, String ifMatch) {
        CurrentCaller.requireRole(Role.MANAGER, "Setting an owner's targets");
        ScorecardAccess.requireRead(userId);
        checkYear(year);
        if (input == null) {
            throw ApiProblem.badRequest("Send the targets as a JSON object; an empty object sets every default.");
        }
        validation.check(input);
        Stored before = stored(List.of(userId), year).get(userId);
        ETags.check(ifMatch, before.version());
        var now = Text.now(clock);
        int written = em.createNativeQuery("""
                insert into owner_target (id, user_id, year, expansion_target, grr_threshold_pct, nrr_target_pct,
                                          created_at, updated_at, version)
                values (:id, :user, :year, :expansion, :grr, :nrr, :now, :now, 1)
                on conflict (user_id, year) do update set expansion_target = excluded.expansion_target,
                       grr_threshold_pct = excluded.grr_threshold_pct, nrr_target_pct = excluded.nrr_target_pct,
                       updated_at = excluded.updated_at, version = owner_target.version + 1
                 where owner_target.version = :version""")
                .setParameter("id", UUID.randomUUID()).setParameter("user", userId).setParameter("year", year)
                .setParameter("expansion", input.expansionTarget()).setParameter("grr", input.grrThresholdPct())
                .setParameter("nrr", input.nrrTargetPct()).setParameter("now", now)
                .setParameter("version", before.version()).executeUpdate();
        if (written == 0) {
            throw ApiProblem.staleVersionLostRace();
        }
        return view(userId, year, stored(List.of(userId), year).get(userId),
                growths.targetsByOwner(List.of(userId), year).get(userId), settings.grrThresholdPct());
    }

    /** What is stored for each owner in one statement; owners without a row get {@link Stored#NONE}. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<UUID, Stored> stored(List<UUID> userIds, int year) {
        Map<UUID, Stored> result = new LinkedHashMap<>();
        userIds.forEach(u -> result.put(u, Stored.NONE));
        if (userIds.isEmpty()) {
            return result;
        }
        for (Object row : em.createNativeQuery("select user_id, expansion_target, grr_threshold_pct, nrr_target_pct,"
                        + " version from owner_target where year = :year and user_id in (:users)")
                .setParameter("year", year).setParameter("users", userIds).getResultList()) {
            Object[] r = (Object[]) row;
            result.put((UUID) r[0], new Stored(decimal(r[1]), decimal(r[2]), decimal(r[3]),
                    ((Number) r[4]).longValue()));
        }
        return result;
    }

    static OwnerTargetView view(UUID userId, int year, Stored stored, BigDecimal defaultTarget,
            BigDecimal companyThreshold) {
        return new OwnerTargetView(userId, year,
                stored.expansionTarget() != null ? stored.expansionTarget() : defaultTarget, defaultTarget,
                stored.expansionTarget() != null,
                stored.grrThresholdPct() != null ? stored.grrThresholdPct() : companyThreshold,
                stored.grrThresholdPct() != null, stored.nrrTargetPct(), stored.version());
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ApiProblem.badParameter("year", "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    static int parseYear(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter("year", "must be a year such as 2027");
        }
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(2);
    }
}
