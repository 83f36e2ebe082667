package com.stratum.plan;

import com.stratum.common.ApiProblem;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import com.stratum.common.Sync;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads of plans: a plan with everything under it in a fixed number of statements (the plan with its account and
 * tier, its last review, its objectives, their links, measurements and milestones), and an account's plans one page
 * at a time.
 */
@ApplicationScoped
public class PlanQueries {
    private static final String LIST_FROM = "AccountPlan p join Account a on a.id = p.accountId"
            + " join TierPolicy tp on tp.tier = a.tier";
    private static final String LIST_COLUMNS = "p, tp.qbrCadenceDays,"
            + " (select count(o) from PlanObjective o where o.planId = p.id)";
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(LIST_COLUMNS, LIST_FROM, Row::of);

    private record Row(AccountPlan plan, int cadenceDays, long objectives) {
        static Row of(Object[] r) {
            return new Row((AccountPlan) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).longValue());
        }
    }

    private static final List<SortField<Row>> SORTS = List.of(
            new SortField<>("periodStart", "p.periodStart", ValueType.DATE, false, r -> r.plan.periodStart),
            new SortField<>("updatedAt", "p.updatedAt", ValueType.INSTANT, false, r -> r.plan.updatedAt));

    /** What an objective's view needs of its plan and account. */
    private record Context(AccountPlan plan, String accountName, BigDecimal arr, int growthTargetPct,
            BigDecimal baseline, int cadenceDays, String currency, LocalDate today) {
    }

    private final EntityManager em;
    private final Paging paging;
    private final Clock clock;
    private final Sync sync;

    public PlanQueries(EntityManager em, Paging paging, Clock clock, Sync sync) {
        this.sync = sync;
        this.em = em;
        this.paging = paging;
        this.clock = clock;
    }

    @Transactional
    public PlanPage list(UUID accountId, Instant updatedAfter, String sort, int limit, String cursor) {
        Keyset<Row> keyset = Keyset.parse(Sync.sort(updatedAfter, sort), "-periodStart", SORTS, "p.id",
                r -> r.plan.id);
        QueryBuilder query = new QueryBuilder().and("p.accountId = :account").bind("account", accountId);
        sync.bound(updatedAfter, "p.updatedAt", query);
        LocalDate today = today();
        return paging.page(LIST, query, keyset, limit, cursor).map(r -> {
            LocalDate due = reviewDueOn(r.plan, r.cadenceDays);
            return new PlanSummary(r.plan.id, r.plan.accountId, r.plan.status, r.plan.periodStart, r.plan.periodEnd,
                    r.objectives, r.plan.lastReviewedAt, due, due != null && due.isBefore(today), r.plan.updatedAt,
                    r.plan.version);
        }).to(PlanPage::new);
    }

    @Transactional
    public PlanView view(UUID id) {
        LocalDate today = today();
        List<Object[]> rows = em.createQuery("select p, a.name, a.arr, a.growthTargetPct, g.baselineArr,"
                        + " tp.qbrCadenceDays, (select s.currency from CompanySettings s where s.id = 1)"
                        + " from AccountPlan p join Account a on a.id = p.accountId"
                        + " join TierPolicy tp on tp.tier = a.tier"
                        + " left join GrowthBaseline g on g.accountId = a.id and g.year = :year where p.id = :id",
                Object[].class).setParameter("id", id).setParameter("year", today.getYear()).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("plan", id);
        }
        Object[] r = rows.get(0);
        AccountPlan plan = (AccountPlan) r[0];
        BigDecimal arr = (BigDecimal) r[2];
        Context context = new Context(plan, (String) r[1], arr, ((Number) r[3]).intValue(),
                r[4] != null ? (BigDecimal) r[4] : arr, ((Number) r[5]).intValue(), (String) r[6], today);

        ReviewView lastReview = em.createQuery("select r, u.name from PlanReview r join User u on u.id = r.reviewedBy"
                        + " where r.planId = :id order by r.reviewedAt desc, r.id", Object[].class)
                .setParameter("id", id).setMaxResults(1).getResultStream()
                .map(v -> {
                    PlanReview review = (PlanReview) v[0];
                    return new ReviewView(review.reviewedAt, review.reviewedBy, (String) v[1], review.note);
                }).findFirst().orElse(null);

        List<Object[]> objectiveRows = em.createQuery("select o, u.name from PlanObjective o"
                + " left join User u on u.id = o.ownerId where o.planId = :id order by o.position, o.id",
                Object[].class).setParameter("id", id).getResultList();
        List<UUID> objectiveIds = objectiveRows.stream().map(o -> ((PlanObjective) o[0]).id).toList();
        Set<UUID> linked = new HashSet<>();
        objectiveRows.forEach(o -> {
            linked.addAll(((PlanObjective) o[0]).opportunityIds);
            linked.addAll(((PlanObjective) o[0]).taskIds);
        });
        Set<UUID> live = live(linked);
        Map<UUID, List<MeasurementView>> measurements = new HashMap<>();
        Map<UUID, List<MilestoneView>> milestones = new HashMap<>();
        if (!objectiveIds.isEmpty()) {
            em.createQuery("select m, u.name from PlanMeasurement m left join User u on u.id = m.recordedBy"
                            + " where m.objectiveId in :ids order by m.measuredOn, m.recordedAt, m.id", Object[].class)
                    .setParameter("ids", objectiveIds).getResultList().forEach(v -> {
                        PlanMeasurement m = (PlanMeasurement) v[0];
                        measurements.computeIfAbsent(m.objectiveId, k -> new ArrayList<>()).add(new MeasurementView(
                                m.id, m.measuredOn, plain(m.value), m.note, m.recordedAt, (String) v[1]));
                    });
            em.createQuery("from PlanMilestone m where m.objectiveId in :ids order by m.dueOn, m.id",
                            PlanMilestone.class).setParameter("ids", objectiveIds).getResultList()
                    .forEach(m -> milestones.computeIfAbsent(m.objectiveId, k -> new ArrayList<>())
                            .add(MilestoneView.of(m)));
        }
        List<ObjectiveView> objectives = objectiveRows.stream().map(o -> objective(context, (PlanObjective) o[0],
                (String) o[1], measurements.getOrDefault(((PlanObjective) o[0]).id, List.of()),
                milestones.getOrDefault(((PlanObjective) o[0]).id, List.of()), live)).toList();
        LocalDate due = reviewDueOn(plan, context.cadenceDays());
        return new PlanView(plan.id, plan.accountId, context.accountName(), plan.status, plan.periodStart,
                plan.periodEnd, plan.whyTheyBought, plan.customerGoals, plan.initiatives, plan.risks,
                plan.activatedOn, lastReview, due, due != null && due.isBefore(today), objectives, plan.createdAt,
                plan.updatedAt, plan.version);
    }

    /** The objective as its plan shows it. */
    @Transactional
    public ObjectiveView objective(UUID id) {
        PlanObjective objective = findObjective(id);
        return view(objective.planId).objectives().stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow();
    }

    /** The GROWTH objective's measure, as it is shown now: what a patch of it may not change. */
    PlanRules.Measure growthMeasure(UUID planId) {
        ObjectiveView growth = view(planId).objectives().stream().filter(o -> o.kind() == ObjectiveKind.GROWTH)
                .findFirst().orElseThrow();
        return new PlanRules.Measure(growth.metric(), growth.baseline(), growth.target(), growth.dueOn());
    }

    public AccountPlan find(UUID id) {
        AccountPlan plan = AccountPlan.findById(id);
        if (plan == null) {
            throw ApiProblem.notFound("plan", id);
        }
        return plan;
    }

    public PlanObjective findObjective(UUID id) {
        PlanObjective objective = PlanObjective.findById(id);
        if (objective == null) {
            throw ApiProblem.notFound("plan objective", id);
        }
        return objective;
    }

    public PlanMilestone findMilestone(UUID id) {
        PlanMilestone milestone = PlanMilestone.findById(id);
        if (milestone == null) {
            throw ApiProblem.notFound("milestone", id);
        }
        return milestone;
    }

    /** While ACTIVE: the last review (or the day it became ACTIVE, if later) plus the tier's QBR cadence. */
    static LocalDate reviewDueOn(AccountPlan plan, int cadenceDays) {
        LocalDate reviewedOn = reviewedOn(plan);
        return reviewedOn == null ? null : PlanRules.reviewDueOn(reviewedOn, cadenceDays);
    }

    /** What the account's plan flags are computed from: null unless the plan is ACTIVE. */
    static LocalDate reviewedOn(AccountPlan plan) {
        if (plan.status != PlanStatus.ACTIVE) {
            return null;
        }
        LocalDate reviewed = plan.lastReviewedAt == null ? null
                : LocalDate.ofInstant(plan.lastReviewedAt, ZoneOffset.UTC);
        return reviewed != null && reviewed.isAfter(plan.activatedOn) ? reviewed : plan.activatedOn;
    }

    private Set<UUID> live(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<UUID> live = new HashSet<>();
        for (Object id : em.createNativeQuery("select id from opportunity where id in (:ids)"
                + " union all select id from task where id in (:ids)").setParameter("ids", ids).getResultList()) {
            live.add((UUID) id);
        }
        return live;
    }

    private static ObjectiveView objective(Context c, PlanObjective o, String ownerName,
            List<MeasurementView> measurements, List<MilestoneView> milestones, Set<UUID> live) {
        String metric;
        String unit;
        BigDecimal baseline;
        BigDecimal target;
        LocalDate dueOn;
        BigDecimal value;
        LocalDate valueOn;
        if (o.kind == ObjectiveKind.GROWTH) {
            metric = PlanRules.GROWTH_METRIC;
            unit = c.currency();
            baseline = c.baseline();
            target = PlanRules.growthTarget(baseline, c.growthTargetPct());
            dueOn = PlanRules.growthDueOn(c.today().getYear(), c.plan().periodStart, c.plan().periodEnd);
            value = c.arr();
            valueOn = c.today();
        } else {
            metric = o.metric;
            unit = o.unit;
            baseline = o.baseline;
            target = o.target;
            dueOn = o.dueOn;
            MeasurementView latest = measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
            value = latest == null ? baseline : latest.value();
            valueOn = latest == null ? null : latest.measuredOn();
        }
        LocalDate start = c.plan().periodStart;
        BigDecimal progressPct = PlanRules.progress(baseline, target, value).movePointRight(2)
                .setScale(1, RoundingMode.HALF_UP);
        return new ObjectiveView(o.id, o.planId, o.kind, o.position, o.title, metric, unit, plain(baseline),
                plain(target), dueOn,
                o.ownerId, ownerName, o.sharedWithCustomer,
                o.opportunityIds.stream().filter(live::contains).toList(),
                o.taskIds.stream().filter(live::contains).toList(), plain(value), valueOn, progressPct,
                plain(PlanRules.expected(baseline, target, start, dueOn, c.today())),
                PlanRules.status(baseline, target, start, dueOn, valueOn == null ? null : value, c.today()), measurements, milestones,
                o.version);
    }

    /** A figure as typed, whatever the column's scale: 145.0000 is shown as 145. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
