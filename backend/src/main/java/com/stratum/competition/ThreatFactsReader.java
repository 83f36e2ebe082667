package com.stratum.competition;

import com.stratum.common.SqlValues;
import com.stratum.grade.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Reads the {@link ThreatFacts} of one account: one statement per kind of fact, whatever the account holds. Reads
 * the tables of the features below (contact, survey, contract, revenuealert) in SQL: a report's read, not their
 * rules.
 */
@ApplicationScoped
public class ThreatFactsReader {
    private final EntityManager em;
    private final Whitespace whitespace;
    private final Clock clock;

    public ThreatFactsReader(EntityManager em, Whitespace whitespace, Clock clock) {
        this.em = em;
        this.whitespace = whitespace;
        this.clock = clock;
    }

    public ThreatFacts read(UUID accountId, String accountName, List<String> singleThreadedReasons) {
        LocalDate today = LocalDate.now(clock);
        List<ThreatFacts.Unit> units = rows("""
                select u.id, u.name, count(c.id), max(c.last_touch_at)
                  from business_unit u
                  left join contact c on c.business_unit_id = u.id and c.left_company_on is null
                 where u.account_id = :account
                 group by u.id, u.name order by u.name, u.id""", accountId).stream()
                .map(r -> new ThreatFacts.Unit((UUID) r[0], (String) r[1], (int) SqlValues.count(r[2]),
                        SqlValues.instant(r[3]))).toList();
        WhitespaceView grid = whitespace.grid(accountId);
        List<ThreatFacts.Held> held = grid.cells().stream().filter(c -> c.status() == WhitespaceStatus.COMPETITOR)
                .map(c -> new ThreatFacts.Held(c.businessUnitId(), unitName(grid, c.businessUnitId()),
                        c.productFamily(), c.competitorId(), c.competitorName(), c.estimatedAnnualValue(),
                        c.contractEnd())).toList();
        List<ThreatFacts.Gap> gaps = rows("""
                select g.id, g.competitor_id, c.name, g.offering
                  from offering_gap_account x join offering_gap g on g.id = x.gap_id
                  join competitor c on c.id = g.competitor_id
                 where x.account_id = :account order by c.name, g.offering""", accountId).stream()
                .map(r -> new ThreatFacts.Gap((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3])).toList();
        List<ThreatFacts.Departed> departed = list(em.createNativeQuery("""
                select id, name, buying_role, left_company_on from contact
                 where account_id = :account and left_company_on >= :since and buying_role in (:roles)
                 order by left_company_on desc, id""").setParameter("account", accountId)
                .setParameter("since", Date.valueOf(today.minusDays(ThreatRules.DEPARTED_WITHIN_DAYS)))
                .setParameter("roles", ThreatRules.SPONSOR_ROLES)).stream().map(r -> new ThreatFacts.Departed((UUID) r[0], (String) r[1], (String) r[2],
                        SqlValues.date(r[3]))).toList();
        List<Object[]> qbr = list(em.createNativeQuery("""
                select q.id, q.answered_at,
                       (select a.grade from qbr_answer a where a.qbr_id = q.id and a.question_id = :strategic),
                       (select a.grade from qbr_answer a where a.qbr_id = q.id and a.question_id = :understanding)
                  from qbr q where q.account_id = :account and q.status = 'ANSWERED'
                 order by q.answered_at desc, q.id desc limit 1""").setParameter("account", accountId)
                .setParameter("strategic", ThreatRules.STRATEGIC_QUESTION_ID)
                .setParameter("understanding", ThreatRules.UNDERSTANDING_QUESTION_ID));
        ThreatFacts.LastQbr lastQbr = qbr.isEmpty() ? null : new ThreatFacts.LastQbr((UUID) qbr.get(0)[0],
                LocalDate.ofInstant(SqlValues.instant(qbr.get(0)[1]), java.time.ZoneOffset.UTC),
                grade(qbr.get(0)[2]), grade(qbr.get(0)[3]));
        List<ThreatFacts.Contract> contracts = list(em.createNativeQuery("""
                select id, end_date, notice_days from contract where account_id = :account and end_date >= :today
                 order by end_date, id""").setParameter("account", accountId)
                .setParameter("today", Date.valueOf(today))).stream().map(r -> new ThreatFacts.Contract((UUID) r[0], SqlValues.date(r[1]), ((Number) r[2]).intValue()))
                .toList();
        List<ThreatFacts.Alert> alerts = rows("""
                select r.id, r.rule, p.name, r.amount_at_risk from revenue_alert r
                  left join product p on p.id = r.product_id
                 where r.account_id = :account and r.status in ('NEW', 'ACKNOWLEDGED')
                 order by r.detected_at desc, r.id""", accountId).stream()
                .map(r -> new ThreatFacts.Alert((UUID) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3]))
                .toList();
        return new ThreatFacts(accountId, accountName, units, held, gaps,
                List.copyOf(singleThreadedReasons), departed, lastQbr,
                contracts, alerts);
    }

    private List<Object[]> rows(String sql, UUID accountId) {
        return list(em.createNativeQuery(sql).setParameter("account", accountId));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(jakarta.persistence.Query query) {
        return query.getResultList();
    }

    private static String unitName(WhitespaceView grid, UUID unitId) {
        return grid.businessUnits().stream().filter(u -> u.id().equals(unitId)).map(WhitespaceView.Unit::name)
                .findFirst().orElse("");
    }

    private static Grade grade(Object label) {
        return label == null ? null : Grade.of((String) label);
    }
}
