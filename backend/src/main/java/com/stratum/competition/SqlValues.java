package com.stratum.competition;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Reads the values of native queries, whose date types depend on the driver's mapping. */
final class SqlValues {
    private SqlValues() {
    }

    static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
