package com.stratum.scorecard;

import com.stratum.revenue.AccountRetention;

/**
 * The portfolio gate: no expansion of an owner pays while the GRR of the accounts they own is below their threshold
 * (their target, else the company's), compared exactly; without revenue data money has nothing to say and the gate
 * is met.
 */
final class PortfolioGate {
    private PortfolioGate() {
    }

    /** Why the gate holds pay back, or null when it is met. */
    static PayBlocker blocker(AccountRetention portfolio, java.math.BigDecimal thresholdPct, int year) {
        if (portfolio == null || !portfolio.grrBelow(thresholdPct)) {
            return null;
        }
        return new PayBlocker(PayBlocker.Code.PORTFOLIO_GRR_BELOW_THRESHOLD, "The portfolio's gross revenue retention"
                + " in " + year + " is " + portfolio.grrPct().toPlainString() + " %, below the "
                + thresholdPct.stripTrailingZeros().toPlainString() + " % threshold, so no expansion pays until it"
                + " is reached.");
    }
}
