package com.stratum.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The next-QBR formula on its own, without a container. */
class QbrCadenceTest {
    private static final Instant HELD = Instant.parse("2026-03-10T23:30:00Z");

    @Test
    void theNextQbrIsDueTheCadenceAfterTheUtcDayOfTheLastOneHeld() {
        assertThat(QbrCadence.nextDue(HELD, 90, null)).isEqualTo(LocalDate.parse("2026-06-08"));
        assertThat(QbrCadence.nextDue(Instant.parse("2026-03-11T00:00:00Z"), 30, null))
                .isEqualTo(LocalDate.parse("2026-04-10"));
    }

    @Test
    void anEarlierFollowUpDateBooksIt() {
        assertThat(QbrCadence.nextDue(HELD, 90, LocalDate.parse("2026-04-20")))
                .isEqualTo(LocalDate.parse("2026-04-20"));
    }

    @Test
    void aLaterFollowUpDateLeavesTheCadenceDate() {
        LocalDate cadenceDate = LocalDate.parse("2026-04-09");
        assertThat(QbrCadence.nextDue(HELD, 30, LocalDate.parse("2026-05-01"))).isEqualTo(cadenceDate);
        assertThat(QbrCadence.nextDue(HELD, 30, cadenceDate)).isEqualTo(cadenceDate);
    }
}
