package com.stratum.common;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Small normalisations every write applies the same way. */
public final class Text {
    private Text() {
    }

    /** Trimmed text, or null when there is none: blank optional fields are stored as absent. */
    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Now, at the precision PostgreSQL keeps, so what a write returns equals what a later read returns. */
    public static Instant now(Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
