package com.stratum.revenuealert;

import com.stratum.tier.Tier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** One tier's alert policy (table revenue_alert_policy, one row per tier from V31). */
@Entity
@Table(name = "revenue_alert_policy")
public class PolicyRow extends PanacheEntityBase {
    @Id
    @Enumerated(EnumType.STRING)
    public Tier tier;
    public boolean stoppedBuying;
    public boolean volumeDrop;
    public boolean revenueDecline;
    public int minMonthsBought;
    public BigDecimal volumeDropPct;
    public BigDecimal revenueDeclinePct;
    public Instant updatedAt;
    @Version
    public long version;

    AlertPolicy policy() {
        return new AlertPolicy(stoppedBuying, volumeDrop, revenueDecline, minMonthsBought, volumeDropPct,
                revenueDeclinePct);
    }
}
