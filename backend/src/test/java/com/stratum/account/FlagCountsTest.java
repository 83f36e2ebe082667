package com.stratum.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.account.AccountRiskFlags.FlagCounts;
import com.stratum.common.Paging.Total;
import org.junit.jupiter.api.Test;

/** When the running totals tell a company-wide flag list's total, and what they tell, without a container. */
class FlagCountsTest {
    private static final long LIMIT = 1000;

    @Test
    void aFlagOnMoreAccountsThanTheLimitGivesTheSmallerUpperBoundAsAnEstimate() {
        // Two flags on 38,000 and 21,000 accounts, 48,000 carrying any flag: the union is at most 48,000.
        assertThat(new FlagCounts(38_000, 59_000, 48_000).total(2, LIMIT)).contains(new Total(48_000, true));
        // Two flags on 1,200 and 300 accounts: at most their sum.
        assertThat(new FlagCounts(1_200, 1_500, 48_000).total(2, LIMIT)).contains(new Total(1_500, true));
        // One flag: its own count.
        assertThat(new FlagCounts(1_001, 1_001, 48_000).total(1, LIMIT)).contains(new Total(1_001, true));
    }

    @Test
    void oneFlagOnAtMostTheLimitIsCountedExactly() {
        assertThat(new FlagCounts(1_000, 1_000, 48_000).total(1, LIMIT)).contains(new Total(1_000, false));
        assertThat(new FlagCounts(0, 0, 0).total(1, LIMIT)).contains(new Total(0, false));
    }

    @Test
    void severalFlagsEachOnAtMostTheLimitMustBeCountedFromTheAccounts() {
        // 700 and 600 accounts may be 700 to 1,300 together: the accounts are counted.
        assertThat(new FlagCounts(700, 1_300, 48_000).total(2, LIMIT)).isEmpty();
        assertThat(new FlagCounts(1_000, 1_000, 48_000).total(2, LIMIT)).isEmpty();
    }
}
