package com.stratum.competition;

import com.stratum.common.QueryBuilder;
import com.stratum.common.SqlValues;
import com.stratum.common.Text;
import com.stratum.grade.Grade;
import com.stratum.jobs.ClusterJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The snapshot the threat-exposure report is read from (V46). One computation applies {@link ThreatRules}'
 * thresholds set-based to every live account and keeps the totals per owner and tier, plus the company-wide totals
 * per tier (owner_id null), so that any owner or tier filter is answered by adding up a few stored rows. Recomputed by
 * a job every few minutes (once across the cluster; its first run is at start) and when a manager asks; computations
 * are serialised by an advisory lock and replace the snapshot in one transaction, so a reader sees one whole snapshot
 * or the previous one. Until the first one exists the report answers 503 (report-not-ready) with Retry-After.
 */
@ApplicationScoped
public class ThreatExposureSnapshots {
    static final String JOB = "threat-exposure";
    private static final long LOCK = 0x7468726561740001L;
    private static final Duration COMPUTE_TIMEOUT = Duration.ofMinutes(5);

    private final EntityManager em;
    private final Clock clock;
    private final ClusterJobs jobs;

    public ThreatExposureSnapshots(EntityManager em, Clock clock, ClusterJobs jobs) {
        this.em = em;
        this.clock = clock;
        this.jobs = jobs;
    }

    @Scheduled(identity = JOB, every = "${stratum.jobs.threat-exposure.every:5m}",
            delayed = "${stratum.jobs.start-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runOnce(JOB, Duration.ofMinutes(10), this::refresh);
    }

    /**
     * Recomputes the snapshot now, in a transaction of its own that may take longer than a request's (the whole
     * portfolio is read: seconds with a large one).
     */
    public void refresh() {
        QuarkusTransaction.requiringNew().timeout((int) COMPUTE_TIMEOUT.toSeconds()).run(this::compute);
    }

    /**
     * When the snapshot was computed, or empty before the job's first computation on a new installation. A request
     * never computes it inline: at a large portfolio that takes longer than a request may hold a connection.
     */
    @Transactional
    public Optional<Instant> computedAt() {
        List<?> at = em.createNativeQuery("select computed_at from threat_exposure_snapshot").getResultList();
        return at.isEmpty() ? Optional.empty() : Optional.of(SqlValues.instant(at.get(0)));
    }

    private void compute() {
        long began = System.nanoTime();
        em.createNativeQuery("select pg_advisory_xact_lock(" + LOCK + ")").getSingleResult();
        LocalDate today = LocalDate.now(clock);
        em.createNativeQuery("delete from threat_exposure_total").executeUpdate();
        em.createNativeQuery("delete from threat_exposure_competitor").executeUpdate();
        QueryBuilder k = new QueryBuilder();
        // Each kind's accounts are one branch of a union, gathered per account by one hash aggregate and joined to
        // the live accounts by one hash join, whatever the planner expects of each branch's size ("a.id in (select
        // …)" per kind is hashed only while the subquery is expected to fit in memory). At 100,000 accounts with
        // 45,000 open revenue alerts: 1.8 s against 2.3 s for the per-kind form (docs/performance.md).
        Map<ThreatKind, String> hits = new EnumMap<>(ThreatKind.class);
        hits.put(ThreatKind.UNTOUCHED_UNIT, """
                select u.account_id from business_unit u where not exists (
                    select 1 from contact c where c.business_unit_id = u.id and c.left_company_on is null
                       and c.last_touch_at > cast(%s as timestamptz))""".formatted(k.param(OffsetDateTime.ofInstant(
                Text.now(clock).minus(Duration.ofDays(ThreatRules.UNTOUCHED_DAYS)), ZoneOffset.UTC))));
        hits.put(ThreatKind.COMPETITOR_HOLDS, "select account_id from held");
        hits.put(ThreatKind.OFFERING_GAP, "select account_id from offering_gap_account");
        hits.put(ThreatKind.DEPARTED_SPONSOR, "select account_id from contact where left_company_on >= "
                + k.param(Date.valueOf(today.minusDays(ThreatRules.DEPARTED_WITHIN_DAYS))) + " and buying_role in "
                + k.param(ThreatRules.SPONSOR_ROLES));
        hits.put(ThreatKind.FAILING_GRADE, """
                select q.account_id from (select distinct on (account_id) account_id, id from qbr
                        where status = 'ANSWERED' order by account_id, answered_at desc, id desc) q
                  join qbr_answer x on x.qbr_id = q.id
                 where x.question_id in %s and x.points < %s""".formatted(
                k.param(List.of(ThreatRules.STRATEGIC_QUESTION_ID, ThreatRules.UNDERSTANDING_QUESTION_ID)),
                k.param(Grade.PASSING.points())));
        hits.put(ThreatKind.RENEWAL_IN_NOTICE, "select account_id from contract where end_date >= "
                + k.param(Date.valueOf(today)) + " and end_date - notice_days <= " + k.param(Date.valueOf(today)));
        hits.put(ThreatKind.OPEN_ALERT,
                "select account_id from revenue_alert where status in ('NEW', 'ACKNOWLEDGED')");
        String kinds = """
                insert into threat_exposure_total (owner_id, tier, kind, accounts, arr)
                with held as (%s),
                hit as (%s),
                per as (select account_id, array_agg(distinct kind) as kinds from hit group by account_id),
                k as (select a.owner_id, a.tier, a.arr, %s
                        from account a left join per on per.account_id = a.id where not a.archived),
                g as (select owner_id, tier, %s from k group by grouping sets ((owner_id, tier), (tier)))
                select g.owner_id, g.tier, t.kind, t.accounts, t.arr
                  from g cross join lateral (values %s) t(kind, accounts, arr)
                """.formatted(held(k, today), union(hits), flags(), sums(), rows());
        k.bind(em.createNativeQuery(kinds)).executeUpdate();
        // The live accounts are joined once, at the end, by their index: a CTE of them named three times would be
        // materialised without one, and the planner, expecting a single held cell, joined it by nested loop
        // (100,000 rows scanned per cell: minutes at 100,000 accounts).
        QueryBuilder c = new QueryBuilder();
        String competitors = """
                insert into threat_exposure_competitor (owner_id, tier, competitor_id, accounts, arr, value)
                with held as (%s),
                x as (select h.competitor_id, h.account_id, h.estimated_annual_value as value from held h
                      union all
                      select g.competitor_id, ga.account_id, null from offering_gap_account ga
                        join offering_gap g on g.id = ga.gap_id),
                per as (select competitor_id, account_id, sum(value) as value from x group by competitor_id, account_id)
                select a.owner_id, a.tier, per.competitor_id, count(*), coalesce(sum(a.arr), 0),
                       coalesce(sum(per.value), 0)
                  from per join account a on a.id = per.account_id and not a.archived
                 group by grouping sets ((a.owner_id, a.tier, per.competitor_id), (a.tier, per.competitor_id))"""
                .formatted(held(c, today));
        c.bind(em.createNativeQuery(competitors)).executeUpdate();
        em.createNativeQuery("""
                insert into threat_exposure_snapshot (id, computed_at, took_ms) values (1, :at, :took)
                on conflict (id) do update set computed_at = excluded.computed_at, took_ms = excluded.took_ms""")
                .setParameter("at", OffsetDateTime.ofInstant(Text.now(clock), ZoneOffset.UTC))
                .setParameter("took", (int) Duration.ofNanos(System.nanoTime() - began).toMillis())
                .executeUpdate();
    }

    /** The kinds' branches as one union of (account_id, kind) rows; an account may appear under a kind often. */
    private static String union(Map<ThreatKind, String> hits) {
        return hits.entrySet().stream()
                .map(e -> "select account_id, '" + e.getKey().name() + "' as kind from (" + e.getValue() + ") h")
                .collect(Collectors.joining("\n union all "));
    }

    /** One boolean column per kind: single-threaded is the account's own column, the others its hits. */
    private static String flags() {
        List<String> columns = new ArrayList<>();
        for (ThreatKind kind : ThreatKind.values()) {
            columns.add(kind == ThreatKind.SINGLE_THREADED ? "a.single_threaded"
                    : "coalesce('" + kind.name() + "' = any(per.kinds), false) as " + column(kind));
        }
        return String.join(", ", columns);
    }

    /**
     * The cells competitors hold in a family the account did not buy in the last 12 months (not OURS). Probed per
     * product of the family, so each probe reads the revenue line key (account, product, period) from the period on
     * instead of every line of the account.
     */
    private static String held(QueryBuilder q, LocalDate today) {
        return """
                select w.account_id, w.competitor_id, w.estimated_annual_value from whitespace_cell w
                 where w.status = 'COMPETITOR' and not exists (
                       select 1 from product p
                         join revenue_line l on l.product_id = p.id and l.account_id = w.account_id
                        where p.family = w.product_family and l.period >= %s and l.amount > 0)"""
                .formatted(q.param(Date.valueOf(today.withDayOfMonth(1).minusMonths(Whitespace.OURS_MONTHS))));
    }

    /** Count and ARR per kind, of the accounts with any kind, and of all the group's accounts. */
    private static String sums() {
        List<String> columns = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (ThreatKind kind : ThreatKind.values()) {
            String column = column(kind);
            kinds.add(column);
            columns.add("count(*) filter (where " + column + ") as n_" + column);
            columns.add("coalesce(sum(arr) filter (where " + column + "), 0) as arr_" + column);
        }
        String anyKind = String.join(" or ", kinds);
        columns.add("count(*) filter (where " + anyKind + ") as n_any");
        columns.add("coalesce(sum(arr) filter (where " + anyKind + "), 0) as arr_any");
        columns.add("count(*) as n_all");
        return String.join(", ", columns);
    }

    /** One row per kind of each group, then ANY and ALL. */
    private static String rows() {
        List<String> rows = new ArrayList<>();
        for (ThreatKind kind : ThreatKind.values()) {
            rows.add("('" + kind.name() + "', g.n_" + column(kind) + ", g.arr_" + column(kind) + ")");
        }
        rows.add("('" + ThreatExposureReport.ANY + "', g.n_any, g.arr_any)");
        rows.add("('" + ThreatExposureReport.ALL + "', g.n_all, 0)");
        return String.join(", ", rows);
    }

    private static String column(ThreatKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
