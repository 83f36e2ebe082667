package com.stratum.account;

import com.stratum.tier.Tier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of an account's tier history; never updated. */
@Entity
@Table(name = "tier_change")
public class TierChange extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID accountId;
    @Enumerated(EnumType.STRING)
    public Tier fromTier;
    @Enumerated(EnumType.STRING)
    public Tier toTier;
    public String reason;
    public String changedBy;
    public Instant changedAt;
}
