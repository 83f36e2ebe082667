package com.stratum.plan;

import com.stratum.common.FieldError;
import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of account plans, in one place: what makes an objective SMART, an objective's status from its latest
 * value, and when a plan's review is due. The account's planMissing/planStale flags are the SQL functions
 * plan_missing() and plan_stale() (V39), which say the same as {@link #TIERS_NEEDING_A_PLAN} and
 * {@link #reviewDueOn} (PlanApiTest holds them equal).
 */
public final class PlanRules {
    /** A plan with twenty goals has none. */
    public static final int MAX_OBJECTIVES = 7;
    /** How far (in percent of the way from baseline to target) an objective may lag linear progress. */
    public static final int TOLERANCE_PCT = 10;
    /** The tiers whose accounts need an ACTIVE plan, reviewed with each QBR. */
    public static final List<Tier> TIERS_NEEDING_A_PLAN = List.of(Tier.KEY, Tier.STRATEGIC);
    /** The metric of the GROWTH objective. */
    public static final String GROWTH_METRIC = "ARR";
    /**
     * The status of an objective nothing was measured for yet (before its due date): it has not fallen behind,
     * nobody has looked. After the due date it is MISSED like any other.
     */
    public static final ObjectiveStatus UNMEASURED_STATUS = ObjectiveStatus.ON_TRACK;

    private static final BigDecimal TOLERANCE = BigDecimal.valueOf(TOLERANCE_PCT, 2);

    private PlanRules() {
    }

    /** What an objective is measured by, against which period. */
    public record Measure(String metric, BigDecimal baseline, BigDecimal target, LocalDate dueOn) {
    }

    /**
     * The SMART refusals of an objective in a plan of that period, one whole sentence per property at fault (empty
     * when it is SMART): a metric, a baseline, a target other than the baseline, a due date inside the period.
     */
    public static List<FieldError> smart(Measure m, LocalDate periodStart, LocalDate periodEnd) {
        List<FieldError> errors = new ArrayList<>();
        if (m.metric() == null || m.metric().isBlank()) {
            errors.add(new FieldError("metric", "Name the metric the objective is measured by (for example"
                    + " \"Active users\"): an objective nobody can measure is not SMART."));
        }
        if (m.baseline() == null) {
            errors.add(new FieldError("baseline", "Enter the baseline: the metric's value when the plan starts."));
        }
        if (m.target() == null) {
            errors.add(new FieldError("target", "Enter the target value the objective aims for."));
        } else if (m.baseline() != null && m.target().compareTo(m.baseline()) == 0) {
            errors.add(new FieldError("target", "Choose a target other than the baseline (" + m.baseline()
                    .stripTrailingZeros().toPlainString() + "): an objective that changes nothing is no objective."));
        }
        if (m.dueOn() == null) {
            errors.add(new FieldError("dueOn", "Enter the due date by which the target is to be reached."));
        } else if (m.dueOn().isBefore(periodStart) || m.dueOn().isAfter(periodEnd)) {
            errors.add(new FieldError("dueOn", "Choose a due date inside the plan's period (" + periodStart + " to "
                    + periodEnd + ")."));
        }
        return errors;
    }

    /**
     * The refusal of a milestone due on {@code dueOn} under an objective due on {@code objectiveDueOn} in a plan of
     * that period, or null when it fits: inside the period and not after the objective's own due date.
     */
    public static FieldError milestoneDue(LocalDate dueOn, LocalDate periodStart, LocalDate periodEnd,
            LocalDate objectiveDueOn) {
        if (dueOn.isBefore(periodStart) || dueOn.isAfter(periodEnd)) {
            return new FieldError("dueOn", "Choose a due date inside the plan's period (" + periodStart + " to "
                    + periodEnd + ").");
        }
        if (objectiveDueOn != null && dueOn.isAfter(objectiveDueOn)) {
            return new FieldError("dueOn", "Choose a due date on or before the objective's own (" + objectiveDueOn
                    + "): a milestone is a step towards it.");
        }
        return null;
    }

    /**
     * The refusal of a measurement taken on {@code measuredOn} for a plan starting {@code periodStart}, or null when
     * the day fits: not before the plan started (the baseline is its value then) and not after {@code today}.
     */
    public static FieldError measuredOn(LocalDate measuredOn, LocalDate periodStart, LocalDate today) {
        if (measuredOn.isAfter(today)) {
            return new FieldError("measuredOn", "Choose a day not after today (" + today + "): a measurement records"
                    + " what was measured.");
        }
        if (measuredOn.isBefore(periodStart)) {
            return new FieldError("measuredOn", "Choose a day on or after the plan's start (" + periodStart + "): the"
                    + " baseline is the value then.");
        }
        return null;
    }

    /** The refusal of one more objective in a plan that has {@code existing}, or null when there is room. */
    public static String roomFor(int existing) {
        return existing >= MAX_OBJECTIVES ? "The plan has " + existing + " objectives, the most it may have ("
                + MAX_OBJECTIVES + "): a plan with twenty goals has none. Remove or merge one first." : null;
    }

    /**
     * An objective's status on {@code today}: MET once {@code value} reached the target (in the target's direction),
     * else MISSED after the due date, else AT_RISK when its progress from baseline to target lags the share of the
     * time from {@code start} to the due date that has passed by more than {@link #TOLERANCE_PCT} percent of the
     * way, else ON_TRACK. Without a measurement ({@code value} null) it is {@link #UNMEASURED_STATUS} until the due
     * date, MISSED after it.
     */
    public static ObjectiveStatus status(BigDecimal baseline, BigDecimal target, LocalDate start, LocalDate dueOn,
            BigDecimal value, LocalDate today) {
        if (value == null) {
            return today.isAfter(dueOn) ? ObjectiveStatus.MISSED : UNMEASURED_STATUS;
        }
        boolean up = target.compareTo(baseline) >= 0;
        int reached = value.compareTo(target);
        if (up ? reached >= 0 : reached <= 0) {
            return ObjectiveStatus.MET;
        }
        if (today.isAfter(dueOn)) {
            return ObjectiveStatus.MISSED;
        }
        return progress(baseline, target, value).compareTo(elapsed(start, dueOn, today).subtract(TOLERANCE)) < 0
                ? ObjectiveStatus.AT_RISK : ObjectiveStatus.ON_TRACK;
    }

    /** The share of the way from baseline to target that {@code value} has come (negative when it went back). */
    public static BigDecimal progress(BigDecimal baseline, BigDecimal target, BigDecimal value) {
        BigDecimal way = target.subtract(baseline);
        if (way.signum() == 0) {
            return value.compareTo(target) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return value.subtract(baseline).divide(way, MathContext.DECIMAL64);
    }

    /** The share of the time from {@code start} to {@code dueOn} that has passed on {@code today}, 0 to 1. */
    public static BigDecimal elapsed(LocalDate start, LocalDate dueOn, LocalDate today) {
        long total = ChronoUnit.DAYS.between(start, dueOn);
        if (total <= 0 || !today.isBefore(dueOn)) {
            return BigDecimal.ONE;
        }
        long passed = Math.max(0, ChronoUnit.DAYS.between(start, today));
        return BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
    }

    /** The value linear progress expects on {@code today}. */
    public static BigDecimal expected(BigDecimal baseline, BigDecimal target, LocalDate start, LocalDate dueOn,
            LocalDate today) {
        return baseline.add(target.subtract(baseline).multiply(elapsed(start, dueOn, today)))
                .setScale(4, java.math.RoundingMode.HALF_UP);
    }

    /**
     * When an ACTIVE plan's next review is due: its last review (or, before the first, the day it became ACTIVE)
     * plus the account tier's QBR cadence; a review goes with each QBR. Past it, a KEY or STRATEGIC account's plan
     * is stale.
     */
    public static LocalDate reviewDueOn(LocalDate reviewedOn, int qbrCadenceDays) {
        return reviewedOn.plusDays(qbrCadenceDays);
    }

    /**
     * The GROWTH objective's due date: the end of the year its baseline belongs to, kept inside the plan's
     * period.
     */
    public static LocalDate growthDueOn(int year, LocalDate periodStart, LocalDate periodEnd) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return yearEnd.isAfter(periodEnd) ? periodEnd : yearEnd.isBefore(periodStart) ? periodStart : yearEnd;
    }

    /** The GROWTH objective's target: the baseline grown by the account's target percentage. */
    public static BigDecimal growthTarget(BigDecimal baseline, int growthTargetPct) {
        return baseline.multiply(BigDecimal.valueOf(100L + growthTargetPct)).divide(BigDecimal.valueOf(100))
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
