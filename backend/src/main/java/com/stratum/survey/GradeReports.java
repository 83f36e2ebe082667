package com.stratum.survey;

import com.stratum.common.ApiProblem;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Grade KPIs, aggregated in PostgreSQL: the data never comes to Java row by row. */
@ApplicationScoped
public class GradeReports {
    private final EntityManager em;
    private final Clock clock;

    public GradeReports(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public record Criteria(LocalDate from, LocalDate to, List<Tier> tiers, List<UUID> ownerIds) {
    }

    @Transactional
    public GradeReport grades(Criteria criteria) {
        LocalDate to = criteria.to() != null ? criteria.to() : LocalDate.now(clock);
        LocalDate from = criteria.from() != null ? criteria.from() : to.minusYears(1).plusDays(1);
        if (from.isAfter(to)) {
            throw ApiProblem.badParameter("from", "must not be after 'to'");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder answered = new StringBuilder("select q.id, q.failing from qbr q join account a on a.id = q.account_id"
                + " where q.status = 'ANSWERED' and q.answered_at >= :from and q.answered_at < :toExclusive");
        params.put("from", from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
        params.put("toExclusive", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
        if (!criteria.tiers().isEmpty()) {
            answered.append(" and a.tier in (:tiers)");
            params.put("tiers", criteria.tiers().stream().map(Enum::name).toList());
        }
        if (!criteria.ownerIds().isEmpty()) {
            answered.append(" and a.owner_id in (:owners)");
            params.put("owners", criteria.ownerIds());
        }

        Object[] totals = (Object[]) bind(em.createNativeQuery("""
                with answered as (%s)
                select (select count(*) from answered),
                       (select count(*) from answered where failing),
                       count(ans.grade),
                       count(*) filter (where ans.points >= 3.0),
                       count(ans.score),
                       count(*) filter (where ans.score >= 9),
                       count(*) filter (where ans.score <= 6)
                from answered join qbr_answer ans on ans.qbr_id = answered.id""".formatted(answered)), params)
                .getSingleResult();
        Map<String, Long> counts = new HashMap<>();
        for (Object row : bind(em.createNativeQuery("""
                with answered as (%s)
                select ans.grade, count(*) from answered join qbr_answer ans on ans.qbr_id = answered.id
                where ans.grade is not null group by ans.grade""".formatted(answered)), params).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        List<GradeReport.GradeCount> distribution = new ArrayList<>();
        Arrays.stream(Grade.values()).forEach(g -> distribution.add(
                new GradeReport.GradeCount(g, counts.getOrDefault(g.label(), 0L))));

        long qbrs = number(totals[0]);
        long failing = number(totals[1]);
        long gradeAnswers = number(totals[2]);
        long atLeastB = number(totals[3]);
        long npsAnswers = number(totals[4]);
        long promoters = number(totals[5]);
        long detractors = number(totals[6]);
        return new GradeReport(from, to, qbrs, distribution, percent(failing, qbrs), percent(atLeastB, gradeAnswers),
                percent(promoters - detractors, npsAnswers));
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
