package com.stratum.plan;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A written account plan for a period: why the customer bought, what they want, and the objectives below it. */
@Entity
@Table(name = "account_plan")
public class AccountPlan extends VersionedEntity {
    public UUID accountId;
    @Enumerated(EnumType.STRING)
    public PlanStatus status;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public String whyTheyBought;
    public String customerGoals;
    public String initiatives;
    public String risks;
    /** The day it last became ACTIVE: its review is due a cadence after it until its first review. */
    public LocalDate activatedOn;
    public Instant lastReviewedAt;
    public Instant createdAt;
    public Instant updatedAt;
}
