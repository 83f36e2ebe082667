package com.stratum.scorecard;

import com.stratum.account.AccountRiskFlags;
import com.stratum.common.ApiProblem;
import com.stratum.common.Text;
import com.stratum.grade.Grade;
import com.stratum.opportunity.AccountGrowth;
import com.stratum.opportunity.AccountGrowths;
import com.stratum.opportunity.RenewalWhatIf;
import com.stratum.revenue.AccountRetention;
import com.stratum.revenue.RetentionReports;
import com.stratum.settings.SettingsService;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An owner's scorecard, set-based over their accounts: the accounts' growth year (opportunity.AccountGrowths, a fixed
 * number of statements), the portfolio's retention (revenue.RetentionReports.ofOwner, the report's formulas) and one
 * statement of grades and coverage.
 */
@ApplicationScoped
public class Scorecards {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final EntityManager em;
    private final AccountGrowths growths;
    private final AccountRiskFlags riskFlags;
    private final RetentionReports retention;
    private final OwnerTargets targets;
    private final SettingsService settings;
    private final Clock clock;

    public Scorecards(EntityManager em, AccountGrowths growths, AccountRiskFlags riskFlags, RetentionReports retention,
            OwnerTargets targets, SettingsService settings, Clock clock) {
        this.em = em;
        this.growths = growths;
        this.riskFlags = riskFlags;
        this.retention = retention;
        this.targets = targets;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public Scorecard of(UUID userId, String requestedYear) {
        LocalDate today = LocalDate.now(clock);
        int year = OwnerTargets.parseYear(requestedYear, today.getYear());
        if (year < OwnerTargets.FIRST_YEAR || year > today.getYear()) {
            throw ApiProblem.badParameter("year", "must be a year from " + OwnerTargets.FIRST_YEAR
                    + " to the current year (" + today.getYear() + "): a later year has nothing won yet");
        }
        User user = ScorecardAccess.requireRead(userId);
        List<AccountGrowth> accounts = growths.ofOwner(userId, year);
        BigDecimal defaultTarget = accounts.stream().map(AccountGrowth::targetAmount).reduce(ZERO, BigDecimal::add);
        OwnerTargetView target = OwnerTargets.view(userId, year, targets.stored(List.of(userId), year).get(userId),
                defaultTarget, settings.grrThresholdPct());
        AccountRetention portfolio = retention.ofOwner(userId, year).orElse(null);
        PayBlocker portfolioBlocker = PortfolioGate.blocker(portfolio, target.grrThresholdPct(), year);
        boolean gateMet = portfolioBlocker == null;

        BigDecimal won = ZERO;
        BigDecimal commissionable = ZERO;
        List<Scorecard.AccountLine> lines = new ArrayList<>();
        List<Scorecard.WhatIf> whatIfs = new ArrayList<>();
        for (AccountGrowth g : accounts) {
            won = won.add(g.wonExpansion());
            BigDecimal pays = gateMet ? g.commissionableExpansion() : ZERO;
            commissionable = commissionable.add(pays);
            if (g.wonExpansion().signum() > 0 || !g.whatIfs().isEmpty()) {
                lines.add(new Scorecard.AccountLine(g.accountId(), g.accountName(), g.tier(), g.targetAmount(),
                        g.wonExpansion(), g.retentionMet(), g.blockers(), pays, g.whatIfs()));
            }
            for (RenewalWhatIf w : g.whatIfs()) {
                if (w.payableExpansion().signum() > 0) {
                    whatIfs.add(new Scorecard.WhatIf(g.accountId(), g.accountName(), w.opportunityId(), w.title(),
                            w.payableExpansion(), !gateMet));
                }
            }
        }
        whatIfs.sort((a, b) -> b.payableExpansion().compareTo(a.payableExpansion()));
        BigDecimal attainment = target.expansionTarget().signum() == 0 ? null
                : won.multiply(BigDecimal.valueOf(100)).divide(target.expansionTarget(), 1, RoundingMode.HALF_UP);
        BigDecimal nrr = portfolio == null ? null : portfolio.nrrPct();
        Boolean nrrMet = nrr == null || target.nrrTargetPct() == null ? null
                : portfolio.ending().multiply(BigDecimal.valueOf(100))
                        .compareTo(target.nrrTargetPct().multiply(portfolio.starting())) >= 0;
        Scorecard.Portfolio view = new Scorecard.Portfolio(portfolio == null ? null : portfolio.grrPct(), nrr,
                portfolio == null ? ZERO : portfolio.starting(), portfolio == null ? ZERO : portfolio.retained(),
                portfolio == null ? ZERO : portfolio.ending(), target.grrThresholdPct(), target.nrrTargetPct(), nrrMet,
                gateMet, portfolioBlocker == null ? List.of() : List.of(portfolioBlocker));
        return new Scorecard(userId, user.name, year, target, won, attainment, commissionable,
                won.subtract(commissionable), view, lines, whatIfs, grades(userId, today));
    }

    private Scorecard.Grades grades(UUID userId, LocalDate today) {
        Map<Grade, Long> counts = new EnumMap<>(Grade.class);
        long notGraded = 0;
        long key = 0;
        long covered = 0;
        long flagged = 0;
        BigDecimal arrAtRisk = ZERO;
        // The flags stored on the account, made exact at now first, as the accounts list reads them. V41's function
        // once per account cost 2.6–5.3 ms for an owner of 200 accounts at 100,000; this is about 0.4 (scenario 37).
        riskFlags.catchUp(Text.now(clock));
        for (Object row : em.createNativeQuery("""
                select a.last_qbr_grade, count(*), count(*) filter (where a.tier in ('KEY', 'STRATEGIC')),
                       count(*) filter (where a.tier in ('KEY', 'STRATEGIC') and a.last_qbr_at is not null
                                        and a.next_qbr_due >= :today),
                       count(*) filter (where a.risk_flag_count > 0),
                       coalesce(sum(a.arr) filter (where a.risk_flag_count > 0), 0)
                  from account a
                 where a.owner_id = :owner and not a.archived
                 group by a.last_qbr_grade""")
                .setParameter("owner", userId).setParameter("today", today).getResultList()) {
            Object[] r = (Object[]) row;
            long n = ((Number) r[1]).longValue();
            if (r[0] == null) {
                notGraded += n;
            } else {
                counts.merge(Grade.of((String) r[0]), n, Long::sum);
            }
            key += ((Number) r[2]).longValue();
            covered += ((Number) r[3]).longValue();
            flagged += ((Number) r[4]).longValue();
            arrAtRisk = arrAtRisk.add(new BigDecimal(r[5].toString()));
        }
        List<Scorecard.GradeCount> distribution = new ArrayList<>();
        long graded = 0;
        long failing = 0;
        for (Map.Entry<Grade, Long> e : counts.entrySet()) {
            distribution.add(new Scorecard.GradeCount(e.getKey().label(), e.getValue()));
            graded += e.getValue();
            failing += e.getKey().failing() ? e.getValue() : 0;
        }
        BigDecimal coverage = key == 0 ? null : BigDecimal.valueOf(covered * 100).divide(BigDecimal.valueOf(key), 1,
                RoundingMode.HALF_UP);
        return new Scorecard.Grades(distribution, graded, notGraded, failing, key, covered, coverage, flagged,
                arrAtRisk.setScale(2, RoundingMode.HALF_UP));
    }
}
