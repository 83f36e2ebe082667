package com.stratum.survey;

import com.stratum.common.FieldError;
import com.stratum.grade.Grade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The realistic follow-up after a failing QBR, and how the next answered QBR judges it. A target is 1 to 3 steps
 * above today's overall grade (raise a C to a B-, not to an A+), for a call 14 to 120 days away; the follow-up is
 * MET when the next overall grade reaches the target, else MISSED. (After the grace period with no answered QBR,
 * {@link FollowUpJudging} judges it MISSED.)
 */
public final class FollowUpPolicy {
    public static final int MIN_STEPS = 1;
    public static final int MAX_STEPS = 3;
    public static final int MIN_DAYS = 14;
    public static final int MAX_DAYS = 120;
    /** The bounds in words, for the contract's descriptions. */
    public static final String IN_WORDS = "a target " + MIN_STEPS + " to " + MAX_STEPS + " steps above today's"
            + " overall grade, for a call " + MIN_DAYS + " to " + MAX_DAYS + " days away";

    private FollowUpPolicy() {
    }

    /** What is unrealistic about a target set today after an overall grade of {@code overall}; empty when none. */
    public static List<FieldError> check(Grade overall, Grade targetGrade, LocalDate targetDate, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        int steps = targetGrade.stepsAbove(overall);
        if (steps < MIN_STEPS || steps > MAX_STEPS) {
            Grade lowest = Grade.values()[Math.max(0, overall.ordinal() - MIN_STEPS)];
            Grade highest = Grade.values()[Math.max(0, overall.ordinal() - MAX_STEPS)];
            String realistic = lowest == highest ? lowest.label() : lowest.label() + " to " + highest.label();
            errors.add(new FieldError("targetGrade", "A target of " + targetGrade.label() + " is "
                    + (steps < MIN_STEPS ? "not above today's " + overall.label()
                            : "more than " + MAX_STEPS + " steps above today's " + overall.label())
                    + ". Choose " + realistic + "."));
        }
        LocalDate earliest = today.plusDays(MIN_DAYS);
        LocalDate latest = today.plusDays(MAX_DAYS);
        if (targetDate.isBefore(earliest) || targetDate.isAfter(latest)) {
            errors.add(new FieldError("targetDate", "The next call must be " + MIN_DAYS + " to " + MAX_DAYS
                    + " days away. Choose a date from " + earliest + " to " + latest + "."));
        }
        return errors;
    }

    /** The judgement of the next answered QBR: MET when its overall grade is at or above the target. */
    public static FollowUpStatus judge(Grade target, Grade nextOverall) {
        return nextOverall.stepsAbove(target) >= 0 ? FollowUpStatus.MET : FollowUpStatus.MISSED;
    }
}
