package com.stratum.account;

import com.stratum.tier.Tier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An admin's override of the tier budget for one account: it does not count against the budget until expiresOn. */
@Entity
@Table(name = "tier_budget_override")
public class TierBudgetOverride extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID accountId;
    @Enumerated(EnumType.STRING)
    public Tier tier;
    public String reason;
    public LocalDate expiresOn;
    public UUID grantedBy;
    public Instant grantedAt;
}
