package com.stratum.competition;

import com.stratum.common.ApiProblem;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SqlValues;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The portfolio's exposure, read from the latest snapshot ({@link ThreatExposureSnapshots}): for each path kind, the
 * live accounts where {@link ThreatRules} would find at least one path of it, and their ARR; for each competitor, the
 * accounts where it holds a whitespace cell or offers a gap they use. Without an owner filter the company-wide rows
 * per tier are added up, with one the rows of those owners: a few stored rows, whatever the number of accounts.
 */
@ApplicationScoped
public class ThreatExposureReport {
    /** The snapshot's pseudo-kinds: accounts with any path, and every selected account. */
    static final String ANY = "ANY";
    static final String ALL = "ALL";
    /** The job computes the first snapshot at start: seconds even with a large portfolio. */
    private static final int RETRY_AFTER_SECONDS = 30;

    private final EntityManager em;
    private final ThreatExposureSnapshots snapshots;

    public ThreatExposureReport(EntityManager em, ThreatExposureSnapshots snapshots) {
        this.em = em;
        this.snapshots = snapshots;
    }

    /** Recomputes the snapshot, then reads the report from it. */
    public ThreatExposure refreshed(List<UUID> ownerIds, List<Tier> tiers) {
        snapshots.refresh();
        return report(ownerIds, tiers);
    }

    @Transactional
    public ThreatExposure report(List<UUID> ownerIds, List<Tier> tiers) {
        Instant asOf = snapshots.computedAt().orElseThrow(() -> new ApiProblem(503, "report-not-ready",
                "Report not ready", "The exposure figures are being computed for the first time. Try again in a"
                + " minute.", null).header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)));
        QueryBuilder q = selected(ownerIds, tiers);
        @SuppressWarnings("unchecked")
        List<Object[]> totals = q.bind(em.createNativeQuery("select t.kind, sum(t.accounts), sum(t.arr)"
                + " from threat_exposure_total t" + q.where() + " group by t.kind")).getResultList();
        Map<ThreatKind, Object[]> kinds = new EnumMap<>(ThreatKind.class);
        Object[] any = null;
        Object[] all = null;
        for (Object[] row : totals) {
            switch ((String) row[0]) {
                case ANY -> any = row;
                case ALL -> all = row;
                default -> kinds.put(ThreatKind.valueOf((String) row[0]), row);
            }
        }
        List<ThreatExposure.ByKind> byKind = new ArrayList<>();
        for (ThreatKind kind : ThreatKind.values()) {
            Object[] row = kinds.get(kind);
            byKind.add(new ThreatExposure.ByKind(kind, row == null ? 0 : SqlValues.count(row[1]),
                    money(row == null ? null : row[2])));
        }
        QueryBuilder c = selected(ownerIds, tiers);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = c.bind(em.createNativeQuery("""
                select x.competitor_id, k.name, x.accounts, x.arr, x.value from (
                select t.competitor_id, sum(t.accounts) as accounts, sum(t.arr) as arr, sum(t.value) as value
                  from threat_exposure_competitor t""" + c.where() + " group by t.competitor_id" + """
                ) x join competitor k on k.id = x.competitor_id
                 order by x.arr desc, k.name, k.id""")).getResultList();
        List<ThreatExposure.ByCompetitor> byCompetitor = rows.stream().map(r -> new ThreatExposure.ByCompetitor(
                (UUID) r[0], (String) r[1], SqlValues.count(r[2]), money(r[3]), money(r[4]))).toList();
        return new ThreatExposure(all == null ? 0 : SqlValues.count(all[1]), any == null ? 0 : SqlValues.count(any[1]),
                money(any == null ? null : any[2]), byKind, byCompetitor, asOf);
    }

    /** The owners' rows, or without owners the company-wide rows (owner_id null); then the tiers. */
    private static QueryBuilder selected(List<UUID> ownerIds, List<Tier> tiers) {
        QueryBuilder q = new QueryBuilder();
        if (ownerIds.isEmpty()) {
            q.and("t.owner_id is null");
        } else {
            q.in("t.owner_id", ownerIds);
        }
        return q.in("t.tier", tiers.stream().map(Enum::name).toList());
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }
}
