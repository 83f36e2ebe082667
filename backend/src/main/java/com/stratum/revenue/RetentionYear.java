package com.stratum.revenue;

import com.stratum.common.ApiProblem;
import java.time.LocalDate;

/**
 * The two 12-month windows retention compares for a year. A past year compares its calendar months with the 12
 * before (2025: January to December 2025 against January to December 2024). The current year is not over, so it
 * compares the trailing 12 complete months with the 12 before them (on 2026-11-26: November 2025 to October 2026
 * against November 2024 to October 2025). A later year has nothing to measure yet.
 *
 * @param measuredEnd the first day of the month after the measured 12 months (a window_end of recurring_revenue_12m)
 * @param startingEnd the first day of the month after the starting 12 months, 12 months before measuredEnd
 */
public record RetentionYear(int year, LocalDate startingEnd, LocalDate measuredEnd, boolean trailing) {
    public static final int FIRST_YEAR = 2000;

    /** The windows of {@code year} seen on {@code today}; a year out of range or in the future is a 400. */
    public static RetentionYear of(int year, LocalDate today) {
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw ApiProblem.badParameter("year", "must be a year from " + FIRST_YEAR + " to the current year ("
                    + today.getYear() + "): a later year has no revenue to measure yet");
        }
        boolean trailing = year == today.getYear();
        LocalDate measuredEnd = trailing ? today.withDayOfMonth(1) : LocalDate.of(year + 1, 1, 1);
        return new RetentionYear(year, measuredEnd.minusMonths(12), measuredEnd, trailing);
    }

    /** The first month of the measured 12. */
    public LocalDate measuredFrom() {
        return measuredEnd.minusMonths(12);
    }

    /** The last month of the measured 12 (first day of it). */
    public LocalDate measuredTo() {
        return measuredEnd.minusMonths(1);
    }

    /** The first month of the starting 12. */
    public LocalDate startingFrom() {
        return startingEnd.minusMonths(12);
    }

    /** The last month of the starting 12 (first day of it). */
    public LocalDate startingTo() {
        return startingEnd.minusMonths(1);
    }
}
