package com.stratum.competition;

import com.stratum.common.QueryBuilder;
import com.stratum.common.Text;
import com.stratum.grade.Grade;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The portfolio's exposure: for each path kind, the live accounts where {@link ThreatRules} would find at least one
 * path of it, and their ARR; for each competitor, the accounts where it holds a whitespace cell or offers a gap they
 * use. Two statements, set-based over the accounts with the rules' thresholds (each kind's accounts are one hashed
 * subplan, read once, not a probe per account).
 */
@ApplicationScoped
public class ThreatExposureReport {
    private final EntityManager em;
    private final Clock clock;

    public ThreatExposureReport(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public ThreatExposure report(List<UUID> ownerIds, List<Tier> tiers) {
        LocalDate today = LocalDate.now(clock);
        QueryBuilder q = selected(ownerIds, tiers);
        String kinds = """
                with a as (%s), held as (%s),
                k as (select a.arr,
                    a.id in (select u.account_id from business_unit u where not exists (
                             select 1 from contact c where c.business_unit_id = u.id and c.left_company_on is null
                                and c.last_touch_at > cast(%s as timestamptz))) as untouched_unit,
                    a.id in (select account_id from held) as competitor_holds,
                    a.id in (select account_id from offering_gap_account) as offering_gap,
                    a.single_threaded as single_threaded,
                    a.id in (select account_id from contact where left_company_on >= %s
                                and buying_role in %s) as departed_sponsor,
                    a.id in (select q.account_id from (select distinct on (account_id) account_id, id from qbr
                                where status = 'ANSWERED' order by account_id, answered_at desc, id desc) q
                               join qbr_answer x on x.qbr_id = q.id
                              where x.question_id in %s and x.points < %s) as failing_grade,
                    a.id in (select account_id from contract where end_date >= %s
                                and end_date - notice_days <= %s) as renewal_in_notice,
                    a.id in (select account_id from revenue_alert where status in ('NEW', 'ACKNOWLEDGED'))
                        as open_alert
                  from a)
                select count(*), %s from k""".formatted(accounts(q), held(q, today),
                q.param(OffsetDateTime.ofInstant(Text.now(clock).minus(Duration.ofDays(ThreatRules.UNTOUCHED_DAYS)),
                        ZoneOffset.UTC)),
                q.param(Date.valueOf(today.minusDays(ThreatRules.DEPARTED_WITHIN_DAYS))),
                q.param(ThreatRules.SPONSOR_ROLES),
                q.param(List.of(ThreatRules.STRATEGIC_QUESTION_ID, ThreatRules.UNDERSTANDING_QUESTION_ID)),
                q.param(Grade.PASSING.points()), q.param(Date.valueOf(today)), q.param(Date.valueOf(today)),
                sums());
        Object[] totals = (Object[]) q.bind(em.createNativeQuery(kinds)).getSingleResult();
        List<ThreatExposure.ByKind> byKind = new ArrayList<>();
        ThreatKind[] all = ThreatKind.values();
        for (int i = 0; i < all.length; i++) {
            byKind.add(new ThreatExposure.ByKind(all[i], SqlValues.count(totals[1 + 2 * i]),
                    money(totals[2 + 2 * i])));
        }
        int any = 1 + 2 * all.length;
        QueryBuilder c = selected(ownerIds, tiers);
        String competitors = """
                with a as (%s), held as (%s),
                x as (select h.competitor_id, h.account_id, h.estimated_annual_value as value
                        from held h join a on a.id = h.account_id
                      union all
                      select g.competitor_id, ga.account_id, null from offering_gap_account ga
                        join offering_gap g on g.id = ga.gap_id join a on a.id = ga.account_id),
                per as (select competitor_id, account_id, sum(value) as value from x group by competitor_id, account_id)
                select c.id, c.name, count(*), coalesce(sum(a.arr), 0), coalesce(sum(per.value), 0)
                  from per join a on a.id = per.account_id join competitor c on c.id = per.competitor_id
                 group by c.id, c.name order by 4 desc, c.name, c.id""".formatted(accounts(c), held(c, today));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = c.bind(em.createNativeQuery(competitors)).getResultList();
        List<ThreatExposure.ByCompetitor> byCompetitor = rows.stream().map(r -> new ThreatExposure.ByCompetitor(
                (UUID) r[0], (String) r[1], SqlValues.count(r[2]), money(r[3]), money(r[4]))).toList();
        return new ThreatExposure(SqlValues.count(totals[0]), SqlValues.count(totals[any]), money(totals[any + 1]),
                byKind, byCompetitor);
    }

    /** The live accounts the filters select, their conditions in the builder. */
    private static QueryBuilder selected(List<UUID> ownerIds, List<Tier> tiers) {
        return new QueryBuilder().and("not a.archived").in("a.owner_id", ownerIds)
                .in("a.tier", tiers.stream().map(Enum::name).toList());
    }

    private static String accounts(QueryBuilder q) {
        return "select a.id, a.arr, a.single_threaded from account a" + q.where();
    }

    /** The cells competitors hold in a family the account did not buy in the last 12 months (not OURS). */
    private static String held(QueryBuilder q, LocalDate today) {
        return """
                select w.account_id, w.competitor_id, w.estimated_annual_value from whitespace_cell w
                 where w.status = 'COMPETITOR' and not exists (
                       select 1 from revenue_line l join product p on p.id = l.product_id
                        where l.account_id = w.account_id and p.family = w.product_family and l.period >= %s
                          and l.amount > 0)""".formatted(q.param(Date.valueOf(
                today.withDayOfMonth(1).minusMonths(Whitespace.OURS_MONTHS))));
    }

    /** count and ARR per kind, then of the accounts with any kind. */
    private static String sums() {
        List<String> columns = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (ThreatKind kind : ThreatKind.values()) {
            String column = kind.name().toLowerCase(java.util.Locale.ROOT);
            kinds.add(column);
            columns.add("count(*) filter (where " + column + ")");
            columns.add("coalesce(sum(arr) filter (where " + column + "), 0)");
        }
        String anyKind = String.join(" or ", kinds);
        columns.add("count(*) filter (where " + anyKind + ")");
        columns.add("coalesce(sum(arr) filter (where " + anyKind + "), 0)");
        return String.join(", ", columns);
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) value).setScale(2);
    }
}
