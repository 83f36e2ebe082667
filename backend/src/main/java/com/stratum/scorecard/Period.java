package com.stratum.scorecard;

import com.stratum.common.ApiProblem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A commission period: a calendar quarter, written 2026-Q4. */
record Period(int year, int quarter) {
    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})-Q([1-4])$");

    static Period parse(String value) {
        Matcher m = FORMAT.matcher(value == null ? "" : value.trim());
        if (!m.matches()) {
            throw ApiProblem.badParameter("period", "must be a calendar quarter written as 2026-Q4");
        }
        Period period = new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        OwnerTargets.checkYear(period.year);
        return period;
    }

    LocalDate from() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** The first day after the period. */
    LocalDate end() {
        return from().plusMonths(3);
    }

    LocalDate to() {
        return end().minusDays(1);
    }

    OffsetDateTime endInstant() {
        return end().atStartOfDay(ZoneOffset.UTC).toOffsetDateTime();
    }

    boolean contains(java.time.Instant instant) {
        LocalDate day = instant.atOffset(ZoneOffset.UTC).toLocalDate();
        return !day.isBefore(from()) && day.isBefore(end());
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
