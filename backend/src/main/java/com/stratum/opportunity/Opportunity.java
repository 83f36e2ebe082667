package com.stratum.opportunity;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "opportunity")
public class Opportunity extends VersionedEntity {
    public UUID accountId;
    @Enumerated(EnumType.STRING)
    public OpportunityType type;
    public String title;
    public String product;
    public BigDecimal amount;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    public int probability;
    public LocalDate expectedCloseDate;
    public UUID ownerId;
    /** The account event the opportunity was born from (accountevent.AccountEvent), or null. */
    public UUID compellingEventId;
    public String nextStep;
    public String lossReason;
    /** The competitor the loss went to (a competition.Competitor), or null. */
    public UUID lossCompetitorId;
    public Instant closedAt;
    public Instant createdAt;
    public Instant updatedAt;
}
