package com.stratum.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.account.Lifecycle;
import com.stratum.opportunity.RetentionGate.Code;
import com.stratum.opportunity.RetentionGate.Facts;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RetentionGateTest {
    private static final BigDecimal BASELINE = new BigDecimal("1000.00");

    private static Facts facts(long lost, long notWon, boolean currentYear, Lifecycle lifecycle, String arr) {
        return new Facts(2026, lost, notWon, currentYear, lifecycle, new BigDecimal(arr), BASELINE);
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
}
