package com.stratum.opportunity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "opportunity")
public class Opportunity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "account_id")
    public UUID accountId;
    @Enumerated(EnumType.STRING)
    public OpportunityType type;
    public String title;
    public String product;
    public BigDecimal amount;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    public int probability;
    @Column(name = "expected_close_date")
    public LocalDate expectedCloseDate;
    @Column(name = "owner_id")
    public UUID ownerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    public CompellingEventType eventType;
    @Column(name = "event_occurred_on")
    public LocalDate eventOccurredOn;
    @Column(name = "event_description")
    public String eventDescription;
    @Column(name = "next_step")
    public String nextStep;
    @Column(name = "loss_reason")
    public String lossReason;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
