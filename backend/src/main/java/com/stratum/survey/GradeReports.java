package com.stratum.survey;

import com.stratum.common.ApiProblem;
import com.stratum.grade.Grade;
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
        Figures figures = criteria.ownerIds().isEmpty()
                ? fromDailyTotals(from, to, criteria.tiers())
                : fromAnswers(from, to, criteria.tiers(), criteria.ownerIds());
        Map<String, Long> counts = figures.answersByGrade();
        List<GradeReport.GradeCount> distribution = Arrays.stream(Grade.values())
                .map(g -> new GradeReport.GradeCount(g, counts.getOrDefault(g.label(), 0L))).toList();
        long gradeAnswers = counts.values().stream().mapToLong(Long::longValue).sum();
        long atLeastB = Arrays.stream(Grade.values()).filter(g -> !g.failing())
                .mapToLong(g -> counts.getOrDefault(g.label(), 0L)).sum();
        return new GradeReport(from, to, figures.qbrs(), distribution, percent(figures.failing(), figures.qbrs()),
                percent(atLeastB, gradeAnswers),
                percent(figures.promoters() - figures.detractors(), figures.npsAnswers()));
    }

    /** What both ways of computing the report yield; the shares are derived from it. */
    private record Figures(long qbrs, long failing, long npsAnswers, long promoters, long detractors,
            Map<String, Long> answersByGrade) {
        static Figures of(Object[] totals, Map<String, Long> answersByGrade) {
            return new Figures(number(totals[0]), number(totals[1]), number(totals[2]), number(totals[3]),
                    number(totals[4]), answersByGrade);
        }
    }

    /**
     * Portfolio-wide (optionally by tier): summed from the per-day totals the database keeps
     * (V8__report_rollups.sql), a few rows per day instead of every answer.
     */
    private Figures fromDailyTotals(LocalDate from, LocalDate to, List<Tier> tiers) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", from);
        params.put("to", to);
        String tierFilter = "";
        if (!tiers.isEmpty()) {
            tierFilter = " and tier in (:tiers)";
            params.put("tiers", tiers.stream().map(Enum::name).toList());
        }
        Object[] r = (Object[]) bind(em.createNativeQuery("select coalesce(sum(qbrs), 0), coalesce(sum(failing), 0),"
                + " coalesce(sum(nps_answers), 0), coalesce(sum(promoters), 0), coalesce(sum(detractors), 0)"
                + " from qbr_day_total where day >= :from and day <= :to" + tierFilter), params).getSingleResult();
        return Figures.of(r, byGrade(bind(em.createNativeQuery("select grade, sum(answers) from grade_day_total"
                + " where day >= :from and day <= :to" + tierFilter + " group by grade"), params)));
    }

    /**
     * For chosen owners: aggregated from the figures of their answered QBRs (V11, the same figures the daily
     * totals are made of), a small share of the portfolio.
     */
    private Figures fromAnswers(LocalDate from, LocalDate to, List<Tier> tiers, List<UUID> ownerIds) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder filter = new StringBuilder(" join account a on a.id = f.account_id"
                + " where f.answered_at >= :from and f.answered_at < :toExclusive and a.owner_id in (:owners)");
        params.put("from", from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
        params.put("toExclusive", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
        params.put("owners", ownerIds);
        if (!tiers.isEmpty()) {
            filter.append(" and a.tier in (:tiers)");
            params.put("tiers", tiers.stream().map(Enum::name).toList());
        }
        Object[] r = (Object[]) bind(em.createNativeQuery("select count(*), coalesce(sum(f.failing), 0),"
                + " coalesce(sum(f.nps_answers), 0), coalesce(sum(f.promoters), 0), coalesce(sum(f.detractors), 0)"
                + " from answered_qbr_figure f" + filter), params).getSingleResult();
        return Figures.of(r, byGrade(bind(em.createNativeQuery("select f.grade, count(*) from answered_grade_figure f"
                + filter + " group by f.grade"), params)));
    }

    /** Rows of (grade label, count). */
    private static Map<String, Long> byGrade(Query query) {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] g = (Object[]) row;
            counts.put((String) g[0], number(g[1]));
        }
        return counts;
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
