package com.stratum.account;

import com.stratum.common.Keyset;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.Text;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The managers' workload view: for a page of owners, their live accounts per tier with ARR, overdue QBRs, open
 * follow-ups of failing QBRs, single-threaded and touch-overdue accounts (touch_overdue(), V21), accounts missing a plan or with a stale one (plan_missing(), plan_stale(), V39) and the tier limits, in one statement (the owners' page, their accounts and their
 * open follow-ups are aggregated by PostgreSQL, one row per owner and tier).
 */
@ApplicationScoped
public class WorkloadReport {
    private record Owner(UUID id, String name, boolean active, List<OwnerWorkload.TierWorkload> tiers) {
    }

    private static final List<SortField<Owner>> ORDER = List.of(
            new SortField<>("ownerName", "u.name", SortField.ValueType.STRING, false, Owner::name));

    private final EntityManager em;
    private final Clock clock;

    public WorkloadReport(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public WorkloadPage list(List<UUID> ownerIds, List<UUID> managerIds, int limit, String cursor) {
        Keyset<Owner> keyset = Keyset.parse(null, "ownerName", ORDER, "u.id", Owner::id);
        QueryBuilder owners = new QueryBuilder()
                // Whoever holds live accounts, and the active account managers who could take some; not an
                // admin or a viewer with nothing (anyone may hold accounts, but only they are there to).
                .and("((u.active and u.role = 'ACCOUNT_MANAGER')"
                        + " or exists (select 1 from account a where a.owner_id = u.id and not a.archived))");
        if (!ownerIds.isEmpty()) {
            owners.and("u.id in " + owners.param(ownerIds));
        }
        if (!managerIds.isEmpty()) { // a manager's team: who reports to them, and the manager
            String managers = owners.param(managerIds);
            owners.and("(u.manager_id in " + managers + " or u.id in " + managers + ")");
        }
        // Owners are users: few enough that the count of matches is always exact.
        long total = ((Number) owners.bind(em.createNativeQuery("select count(*) from app_user u" + owners.where()))
                .getSingleResult()).longValue();
        keyset.after(cursor, owners);
        String today = owners.param(LocalDate.now(clock));
        String now = "cast(" + owners.param(java.time.OffsetDateTime.ofInstant(Text.now(clock),
                java.time.ZoneOffset.UTC)) + " as timestamptz)";
        String pageSize = owners.param(limit + 1);
        String sql = """
                with owner_page as (
                    select u.id, u.name, u.active from app_user u %s order by %s limit %s
                ), held as (
                    select a.owner_id, a.tier, count(*) as accounts, sum(a.arr) as arr,
                           count(*) filter (where a.next_qbr_due < %s) as overdue,
                           count(*) filter (where a.single_threaded) as single_threaded,
                           count(*) filter (where touch_overdue(a.last_touch_at, a.created_at, tp.touch_cadence_days,
                                                                %s)) as touch_overdue,
                           count(*) filter (where plan_missing(a.tier, a.plan_reviewed_on)) as plan_missing,
                           count(*) filter (where plan_stale(a.tier, a.plan_reviewed_on, tp.qbr_cadence_days, %s))
                               as plan_stale
                      from account a
                      join tier_policy tp on tp.tier = a.tier
                     where not a.archived and a.owner_id in (select id from owner_page)
                     group by a.owner_id, a.tier
                ), following as (
                    select a.owner_id, a.tier, count(*) as follow_ups
                      from qbr_follow_up f
                      join qbr q on q.id = f.qbr_id
                      join account a on a.id = q.account_id
                     where f.status = 'OPEN' and not a.archived and a.owner_id in (select id from owner_page)
                     group by a.owner_id, a.tier
                ), reserved as (
                    select r.owner_id, r.tier, count(*) as places
                      from capacity_reservation r
                     where r.owner_id in (select id from owner_page)
                     group by r.owner_id, r.tier
                )
                select o.id, o.name, o.active, p.tier, p.max_accounts_per_owner, coalesce(h.accounts, 0),
                       coalesce(h.arr, 0), coalesce(h.overdue, 0), coalesce(f.follow_ups, 0),
                       coalesce(h.single_threaded, 0), coalesce(r.places, 0), coalesce(h.touch_overdue, 0),
                       coalesce(h.plan_missing, 0), coalesce(h.plan_stale, 0)
                  from owner_page o
                 cross join tier_policy p
                  left join held h on h.owner_id = o.id and h.tier = p.tier
                  left join following f on f.owner_id = o.id and f.tier = p.tier
                  left join reserved r on r.owner_id = o.id and r.tier = p.tier
                 order by %s
                """.formatted(owners.where(), keyset.orderBy(), pageSize, today, now, today,
                keyset.orderBy().replace("u.", "o."));

        Map<UUID, Owner> page = new LinkedHashMap<>();
        for (Object row : owners.bind(em.createNativeQuery(sql)).getResultList()) {
            Object[] r = (Object[]) row;
            Owner owner = page.computeIfAbsent((UUID) r[0],
                    id -> new Owner(id, (String) r[1], (Boolean) r[2], new ArrayList<>()));
            Integer max = r[4] == null ? null : ((Number) r[4]).intValue();
            long accounts = ((Number) r[5]).longValue();
            long reserved = ((Number) r[10]).longValue();
            owner.tiers().add(new OwnerWorkload.TierWorkload(Tier.valueOf((String) r[3]),
                    new OwnerWorkload.Figures(accounts, money(r[6]), ((Number) r[7]).longValue(),
                            ((Number) r[8]).longValue(), ((Number) r[9]).longValue(), ((Number) r[11]).longValue(),
                            ((Number) r[12]).longValue(), ((Number) r[13]).longValue()),
                    reserved, max,
                    max != null && accounts + reserved > max));
        }
        List<Owner> rows = List.copyOf(page.values());
        List<OwnerWorkload> items = rows.stream().limit(limit).map(WorkloadReport::view).toList();
        return new WorkloadPage(items, keyset.next(rows, limit), total, false);
    }

    private static OwnerWorkload view(Owner owner) {
        List<OwnerWorkload.TierWorkload> tiers = owner.tiers().stream()
                .sorted(Comparator.comparing(OwnerWorkload.TierWorkload::tier)).toList();
        OwnerWorkload.Figures total = new OwnerWorkload.Figures(
                tiers.stream().mapToLong(t -> t.figures().accounts()).sum(),
                tiers.stream().map(t -> t.figures().arr()).reduce(BigDecimal.ZERO, BigDecimal::add),
                tiers.stream().mapToLong(t -> t.figures().overdueQbrs()).sum(),
                tiers.stream().mapToLong(t -> t.figures().openFailingFollowUps()).sum(),
                tiers.stream().mapToLong(t -> t.figures().singleThreaded()).sum(),
                tiers.stream().mapToLong(t -> t.figures().touchOverdue()).sum(),
                tiers.stream().mapToLong(t -> t.figures().planMissing()).sum(),
                tiers.stream().mapToLong(t -> t.figures().planStale()).sum());
        return new OwnerWorkload(owner.id(), owner.name(), owner.active(),
                tiers.stream().anyMatch(OwnerWorkload.TierWorkload::overCapacity), total, tiers);
    }

    private static BigDecimal money(Object value) {
        return ((BigDecimal) value).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
