package com.stratum.contract;

import java.time.LocalDate;

/**
 * When a contract's RENEWAL opportunity is due: notice days plus the tier's renewal lead time (tier policy:
 * STRATEGIC 180, KEY 120, STANDARD 90 days by default) before the contract ends. The SQL of the renewal job
 * ({@link RenewalOpportunities}) says the same.
 */
public final class RenewalDue {
    private RenewalDue() {
    }

    public static LocalDate on(LocalDate endDate, int noticeDays, int leadDays) {
        return endDate.minusDays((long) noticeDays + leadDays);
    }
}
