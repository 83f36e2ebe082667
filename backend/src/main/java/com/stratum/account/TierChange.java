package com.stratum.account;

import com.stratum.tier.Tier;
import com.stratum.tier.TierReasonCode;
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
    /** Why a promotion to KEY or STRATEGIC was made; null for other changes. */
    @Enumerated(EnumType.STRING)
    public TierReasonCode reasonCode;
    /** Names both changes of a tier swap. */
    public UUID swapId;
    /** The admin's budget override this promotion used. */
    public UUID budgetOverrideId;
    public String changedBy;
    public Instant changedAt;
}
