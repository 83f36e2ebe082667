package com.stratum.tier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The tier budget of KEY or STRATEGIC: the largest share of the company's live accounts (maxSharePct) or the largest
 * count (maxCount) that may be in the tier; exactly one of the two is set (V42).
 */
@Entity
@Table(name = "tier_budget")
public class TierBudget extends PanacheEntityBase {
    @Id
    @Enumerated(EnumType.STRING)
    public Tier tier;
    public BigDecimal maxSharePct;
    public Integer maxCount;
    public Instant updatedAt;
    @Version
    public long version;

    /** How many accounts may be in the tier when {@code live} accounts are live: the count, or the share rounded down. */
    public long limit(long live) {
        if (maxCount != null) {
            return maxCount;
        }
        return maxSharePct.multiply(BigDecimal.valueOf(live)).divide(BigDecimal.valueOf(100), 0,
                java.math.RoundingMode.FLOOR).longValue();
    }

    /** The budget in words: "10 % of live accounts" or "12 accounts". */
    public String describe() {
        return maxCount != null ? maxCount + " account" + (maxCount == 1 ? "" : "s")
                : maxSharePct.stripTrailingZeros().toPlainString() + " % of live accounts";
    }
}
