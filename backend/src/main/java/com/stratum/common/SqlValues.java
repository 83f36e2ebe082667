package com.stratum.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Reads the values of native queries, whose date and time types depend on the driver's mapping (timestamptz comes
 * as OffsetDateTime or Timestamp, date as LocalDate or java.sql.Date): one home for every package's native reads.
 */
public final class SqlValues {
    private SqlValues() {
    }

    /** Null stays null. */
    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** Null stays null. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }

    /** Null counts as zero. */
    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
