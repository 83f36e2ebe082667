package com.stratum.risk;

import static com.stratum.common.SqlValues.date;
import static com.stratum.common.SqlValues.instant;

import com.stratum.competition.AccountThreats;
import com.stratum.competition.ThreatPath;
import com.stratum.competition.Threats;
import com.stratum.grade.Grade;
import com.stratum.survey.LastQbrReasons;
import com.stratum.survey.QbrReasons;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads what {@link RiskRules} judges for one account: the account and its tier's cadences in one statement; its
 * latest follow-up, departed and current sponsors, open alerts and next renewal in one more; the threat score from
 * the competition package (its rules' one home) and the customer's reasons from survey's LastQbrReasons.
 */
@ApplicationScoped
public class RiskFactsReader {
    private final EntityManager em;
    private final Threats threats;
    private final LastQbrReasons reasons;
    private final Clock clock;

    public RiskFactsReader(EntityManager em, Threats threats, LastQbrReasons reasons, Clock clock) {
        this.em = em;
        this.threats = threats;
        this.reasons = reasons;
        this.clock = clock;
    }

    /** Empty when the account does not exist. */
    Optional<RiskFacts> read(UUID accountId) {
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> accounts = em.createNativeQuery("""
                select a.name, a.tier, a.archived, a.arr, a.last_qbr_grade, a.last_qbr_at, a.next_qbr_due,
                       case when tp.touch_cadence_days is null then null
                            else touch_due_at(a.last_touch_at, a.created_at, tp.touch_cadence_days) end,
                       a.last_touch_at, a.single_threaded, a.single_threaded_reasons,
                       a.plan_reviewed_on + tp.qbr_cadence_days, a.renewal_date
                  from account a join tier_policy tp on tp.tier = a.tier
                 where a.id = :id""").setParameter("id", accountId).getResultList();
        if (accounts.isEmpty()) {
            return Optional.empty();
        }
        Object[] a = accounts.get(0);
        Tier tier = Tier.valueOf((String) a[1]);
        boolean archived = (Boolean) a[2];
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select cast('F' as varchar) as kind, cast(f.qbr_id as varchar) as a, cast(f.target_grade as varchar) as b,
                       f.target_date as d, cast(f.status as varchar) as s, cast(null as numeric) as n
                  from (select f.* from qbr_follow_up f join qbr q on q.id = f.qbr_id
                         where q.account_id = :id order by q.answered_at desc nulls last, q.id desc limit 1) f
                union all
                select 'S', c.name, null, c.left_company_on, null, null from contact c
                 where c.account_id = :id and c.buying_role in (:roles) and c.left_company_on is not null
                   and c.left_company_on > :since
                union all
                select 'C', null, null, null, null, null from contact c
                 where c.account_id = :id and c.buying_role in (:roles) and c.left_company_on is null
                union all
                select 'A', r.rule, p.name, null, null, cast(r.amount_at_risk as numeric) from revenue_alert r
                  left join product p on p.id = r.product_id
                 where r.account_id = :id and r.status in (:open)
                union all
                (select 'R', null, null, c.end_date, null, cast(c.notice_days as numeric) from contract c
                  where c.account_id = :id and c.end_date >= :today order by c.end_date, c.id limit 1)""")
                .setParameter("id", accountId).setParameter("roles", RiskRules.SPONSOR_ROLES)
                .setParameter("since", today.minusDays(RiskRules.SPONSOR_LEFT_WITHIN_DAYS))
                .setParameter("open", RiskRules.OPEN_ALERT_STATUSES).setParameter("today", today).getResultList();
        RiskFacts.FollowUp followUp = null;
        List<RiskFacts.SponsorLeft> left = new java.util.ArrayList<>();
        boolean currentSponsor = false;
        List<RiskFacts.OpenAlert> alerts = new java.util.ArrayList<>();
        RiskFacts.Renewal renewal = null;
        for (Object[] r : rows) {
            switch ((String) r[0]) {
                case "F" -> followUp = new RiskFacts.FollowUp(UUID.fromString((String) r[1]), Grade.of((String) r[2]),
                        date(r[3]), (String) r[4]);
                case "S" -> left.add(new RiskFacts.SponsorLeft((String) r[1], date(r[3])));
                case "C" -> currentSponsor = true;
                case "A" -> alerts.add(new RiskFacts.OpenAlert((String) r[1], (String) r[2], (BigDecimal) r[5]));
                case "R" -> renewal = new RiskFacts.Renewal(date(r[3]), ((Number) r[5]).intValue(), true);
                default -> throw new IllegalStateException("Unknown fact " + r[0]);
            }
        }
        left.sort(Comparator.comparing(RiskFacts.SponsorLeft::leftOn).reversed());
        LocalDate renewalDate = a[12] == null ? null : date(a[12]);
        if (renewal == null && renewalDate != null && !renewalDate.isBefore(today)) {
            renewal = new RiskFacts.Renewal(renewalDate, RiskRules.DEFAULT_NOTICE_DAYS, false);
        }
        int score = 0;
        List<String> sentences = List.of();
        if (!archived) {
            AccountThreats threat = threats.of(accountId);
            score = threat.score();
            sentences = threat.paths().stream().map(ThreatPath::sentence).toList();
        }
        QbrReasons last = reasons.of(List.of(accountId)).get(accountId);
        RiskFacts.Reason reason = last == null ? null : last.reasons().stream()
                .min(Comparator.comparing((QbrReasons.Reason x) -> x.grade() == null ? BigDecimal.TEN
                        : x.grade().points()))
                .map(x -> new RiskFacts.Reason(last.qbrId(), x.question(), x.grade(), x.why())).orElse(null);
        boolean needsPlan = tier == Tier.KEY || tier == Tier.STRATEGIC;
        String[] stReasons = a[10] instanceof String[] s ? s : a[10] == null ? new String[0]
                : Arrays.stream((Object[]) a[10]).map(String::valueOf).toArray(String[]::new);
        return Optional.of(new RiskFacts(accountId, (String) a[0], tier, archived, (BigDecimal) a[3],
                a[4] == null ? null : Grade.of((String) a[4]), instant(a[5]), date(a[6]), instant(a[7]),
                instant(a[8]), (Boolean) a[9], List.of(stReasons), needsPlan, a[11] == null ? null : date(a[11]),
                followUp, left, currentSponsor, alerts, renewal, score, sentences, reason));
    }
}
