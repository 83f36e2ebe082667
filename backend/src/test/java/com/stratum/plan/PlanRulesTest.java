package com.stratum.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.common.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan rules on hand-made plans: SMART, the status from the latest value, the review due day. */
class PlanRulesTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);
    private static final LocalDate DUE = LocalDate.of(2026, 4, 11); // 100 days after START

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static ObjectiveStatus status(String value, LocalDate today) {
        return PlanRules.status(n("100"), n("200"), START, DUE, n(value), today);
    }

    @Test
    void aSmartObjectiveHasAMetricABaselineAnotherTargetAndADueDateInsideThePeriod() {
        assertThat(PlanRules.smart(new PlanRules.Measure("Users", n("1"), n("2"), DUE), START, END)).isEmpty();
        List<FieldError> nothing = PlanRules.smart(new PlanRules.Measure(" ", null, null, null), START, END);
        assertThat(nothing).extracting(FieldError::field).containsExactly("metric", "baseline", "target", "dueOn");
        assertThat(nothing).allSatisfy(e -> assertThat(e.message()).endsWith("."));
        assertThat(PlanRules.smart(new PlanRules.Measure("Users", n("5.0"), n("5"), DUE), START, END))
                .extracting(FieldError::field).containsExactly("target");
        assertThat(PlanRules.smart(new PlanRules.Measure("Users", n("1"), n("2"), END.plusDays(1)), START, END))
                .extracting(FieldError::message)
                .containsExactly("Choose a due date inside the plan's period (2026-01-01 to 2026-12-31).");
        assertThat(PlanRules.smart(new PlanRules.Measure("Users", n("1"), n("2"), START.minusDays(1)), START, END))
                .hasSize(1);
        assertThat(PlanRules.smart(new PlanRules.Measure("Users", n("1"), n("2"), START), START, END)).isEmpty();
    }

    @Test
    void atMostSevenObjectives() {
        assertThat(PlanRules.roomFor(6)).isNull();
        assertThat(PlanRules.roomFor(7)).contains("7 objectives");
    }

    @Test
    void statusFollowsLinearProgressWithTenPercentTolerance() {
        LocalDate halfway = START.plusDays(50); // linear progress expects 150
        assertThat(status("150", halfway)).isEqualTo(ObjectiveStatus.ON_TRACK);
        assertThat(status("140", halfway)).isEqualTo(ObjectiveStatus.ON_TRACK); // exactly 10 % of the way behind
        assertThat(status("139.99", halfway)).isEqualTo(ObjectiveStatus.AT_RISK);
        assertThat(status("100", START)).isEqualTo(ObjectiveStatus.ON_TRACK); // nothing expected yet
        assertThat(status("100", START.plusDays(11))).isEqualTo(ObjectiveStatus.AT_RISK);
        assertThat(status("200", halfway)).isEqualTo(ObjectiveStatus.MET);
        assertThat(status("250", DUE.plusDays(30))).isEqualTo(ObjectiveStatus.MET); // met stays met
        assertThat(status("199", DUE)).isEqualTo(ObjectiveStatus.ON_TRACK);
        assertThat(status("150", DUE)).isEqualTo(ObjectiveStatus.AT_RISK);
        assertThat(status("199", DUE.plusDays(1))).isEqualTo(ObjectiveStatus.MISSED);
        assertThat(PlanRules.expected(n("100"), n("200"), START, DUE, halfway)).isEqualByComparingTo("150");
    }

    @Test
    void anObjectiveNeverMeasuredIsOnTrackUntilItsDueDate() {
        assertThat(PlanRules.status(n("100"), n("200"), START, DUE, null, START.plusDays(90)))
                .isEqualTo(PlanRules.UNMEASURED_STATUS).isEqualTo(ObjectiveStatus.ON_TRACK);
        assertThat(PlanRules.status(n("100"), n("200"), START, DUE, null, DUE.plusDays(1)))
                .isEqualTo(ObjectiveStatus.MISSED);
    }

    @Test
    void milestonesAndMeasurementsKeepToThePlansDays() {
        LocalDate end = DUE.plusDays(30);
        assertThat(PlanRules.milestoneDue(START, START, end, DUE)).isNull();
        assertThat(PlanRules.milestoneDue(DUE, START, end, DUE)).isNull();
        assertThat(PlanRules.milestoneDue(START.minusDays(1), START, end, DUE).message()).contains("plan's period");
        assertThat(PlanRules.milestoneDue(DUE.plusDays(1), START, end, DUE).message()).contains("objective's own");
        assertThat(PlanRules.milestoneDue(end.plusDays(1), START, end, end.plusDays(5)).message())
                .contains("plan's period");
        assertThat(PlanRules.measuredOn(START, START, DUE)).isNull();
        assertThat(PlanRules.measuredOn(START.minusDays(1), START, DUE).field()).isEqualTo("measuredOn");
        assertThat(PlanRules.measuredOn(DUE.plusDays(1), START, DUE).message()).startsWith("Choose a day not after");
    }

    @Test
    void aTargetBelowTheBaselineAimsForADecrease() {
        LocalDate halfway = START.plusDays(50);
        assertThat(PlanRules.status(n("50"), n("10"), START, DUE, n("30"), halfway)).isEqualTo(ObjectiveStatus.ON_TRACK);
        assertThat(PlanRules.status(n("50"), n("10"), START, DUE, n("40"), halfway)).isEqualTo(ObjectiveStatus.AT_RISK);
        assertThat(PlanRules.status(n("50"), n("10"), START, DUE, n("9"), halfway)).isEqualTo(ObjectiveStatus.MET);
        assertThat(PlanRules.progress(n("50"), n("10"), n("30"))).isEqualByComparingTo("0.5");
    }

    @Test
    void theReviewIsDueAQbrCadenceAfterTheLast() {
        assertThat(PlanRules.reviewDueOn(START, 90)).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void theGrowthObjectiveIsDueAtTheYearsEndInsideThePeriod() {
        assertThat(PlanRules.growthDueOn(2026, START, END)).isEqualTo(END);
        assertThat(PlanRules.growthDueOn(2026, START, LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(PlanRules.growthDueOn(2025, START, END)).isEqualTo(START);
        assertThat(PlanRules.growthTarget(n("100000.00"), 20)).isEqualByComparingTo("120000");
    }
}
