package com.stratum.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The arithmetic of pay, one home: a member's credit of a won expansion (its amount × share / 100, to the cent), and
 * the commission of a payable credit at marginal rates. The year's payable credit of a member is stacked in the order
 * the expansion was won; the part of a line below the first accelerator's attainment earns the plan's rate, each part
 * above an accelerator's attainment (of the member's expansion target) earns that accelerator's rate. Without a
 * target (0) there is no attainment and the plan's rate applies throughout. Blocked credit earns nothing and does not
 * move attainment.
 */
public final class CommissionMath {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CommissionMath() {
    }

    /** amount × sharePct / 100, half up to the cent. */
    public static BigDecimal credit(BigDecimal amount, BigDecimal sharePct) {
        return amount.multiply(sharePct).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /**
     * The commission on the payable credit between {@code before} and {@code before + credit} of the year's stack,
     * half up to the cent.
     */
    public static BigDecimal commission(BigDecimal before, BigDecimal credit, BigDecimal target, BigDecimal ratePct,
            List<CommissionPlanView.Accelerator> accelerators) {
        BigDecimal after = before.add(credit);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal tierStart = BigDecimal.ZERO;
        BigDecimal rate = ratePct;
        List<CommissionPlanView.Accelerator> steps = target.signum() > 0 ? accelerators : List.of();
        for (int i = 0; i <= steps.size(); i++) {
            BigDecimal tierEnd = i < steps.size()
                    ? target.multiply(steps.get(i).fromAttainmentPct()).divide(HUNDRED, 10, RoundingMode.HALF_UP)
                    : null;
            BigDecimal from = before.max(tierStart);
            BigDecimal to = tierEnd == null ? after : after.min(tierEnd);
            if (to.compareTo(from) > 0) {
                total = total.add(to.subtract(from).multiply(rate));
            }
            if (tierEnd == null) {
                break;
            }
            tierStart = tierEnd;
            rate = steps.get(i).ratePct();
        }
        return total.divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** commission / credit in percent, to two decimals; the plan's rate on a zero credit. */
    public static BigDecimal effectiveRate(BigDecimal commission, BigDecimal credit, BigDecimal ratePct) {
        return credit.signum() == 0 ? ratePct.setScale(2, RoundingMode.HALF_UP)
                : commission.multiply(HUNDRED).divide(credit, 2, RoundingMode.HALF_UP);
    }
}
