package com.stratum.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.account.Lifecycle;
import com.stratum.opportunity.RetentionGate.Code;
import com.stratum.opportunity.RetentionGate.Facts;
import com.stratum.revenue.AccountRetention;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RetentionGateTest {
    private static final BigDecimal BASELINE = new BigDecimal("1000.00");
    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private static Facts facts(long lost, long notWon, boolean currentYear, Lifecycle lifecycle, String arr) {
        return new Facts(2026, lost, notWon, currentYear, lifecycle, new BigDecimal(arr), BASELINE, null, HUNDRED);
    }

    @Test
    void aRetainedYearHasNoBlockers() {
        assertThat(RetentionGate.blockers(facts(0, 0, true, Lifecycle.ACTIVE, "1000.00"))).isEmpty();
        assertThat(RetentionGate.blockers(facts(0, 0, true, Lifecycle.AT_RISK, "1200.00"))).isEmpty();
    }

    @Test
    void eachReasonIsNamedWithASentence() {
        var blockers = RetentionGate.blockers(facts(2, 1, true, Lifecycle.CHURNED, "999.99"));
        assertThat(blockers).extracting(RetentionGate.Blocker::code)
                .containsExactly(Code.RENEWAL_LOST, Code.RENEWAL_NOT_WON, Code.CHURNED, Code.ARR_BELOW_BASELINE);
        assertThat(blockers).extracting(RetentionGate.Blocker::message).containsExactly(
                "2 renewals were lost in 2026.", "A renewal expected to close in 2026 is not won.",
                "The account is marked as churned.", "ARR of 999.99 is below the 1000.00 the year started with.");
    }

    @Test
    void todaysLifecycleAndArrJudgeOnlyTheCurrentYear() {
        assertThat(RetentionGate.blockers(facts(0, 0, false, Lifecycle.CHURNED, "10.00"))).isEmpty();
        assertThat(RetentionGate.blockers(facts(1, 0, false, Lifecycle.CHURNED, "10.00")))
                .extracting(RetentionGate.Blocker::code).containsExactly(Code.RENEWAL_LOST);
    }

    @Test
    void withRevenueDataMoneyJudgesInsteadOfTheAccountRecord() {
        // Kept 900 of 1,000: 90 %, below 100 % but not below 90 %; the churned lifecycle and low ARR no longer count.
        AccountRetention kept = new AccountRetention(new BigDecimal("1000.00"), new BigDecimal("900.00"),
                new BigDecimal("900.00"));
        var blockers = RetentionGate.blockers(new Facts(2026, 0, 0, true, Lifecycle.CHURNED, new BigDecimal("1.00"),
                BASELINE, kept, HUNDRED));
        assertThat(blockers).extracting(RetentionGate.Blocker::code).containsExactly(Code.GRR_BELOW_THRESHOLD);
        assertThat(blockers.get(0).message()).isEqualTo("Gross revenue retention in 2026 is 90.0 %, below the 100 %"
                + " threshold: 900.00 of 1000.00 recurring revenue was kept.");
        assertThat(RetentionGate.blockers(new Facts(2026, 0, 0, true, Lifecycle.CHURNED, new BigDecimal("1.00"),
                BASELINE, kept, new BigDecimal("90.00")))).isEmpty();
        // The renewal rule still holds beside money.
        assertThat(RetentionGate.blockers(new Facts(2026, 1, 0, true, Lifecycle.ACTIVE, BASELINE, BASELINE, kept,
                new BigDecimal("90.00")))).extracting(RetentionGate.Blocker::code).containsExactly(Code.RENEWAL_LOST);
    }

    @Test
    void aLossTooSmallToShowInOneDecimalStillBlocks() {
        AccountRetention almost = new AccountRetention(new BigDecimal("100000.00"), new BigDecimal("99999.99"),
                new BigDecimal("120000.00"));
        assertThat(almost.grrPct()).isEqualByComparingTo("99.9");
        assertThat(RetentionGate.blockers(new Facts(2025, 0, 0, false, Lifecycle.ACTIVE, BASELINE, BASELINE, almost,
                HUNDRED))).extracting(RetentionGate.Blocker::code).containsExactly(Code.GRR_BELOW_THRESHOLD);
    }
}
