package com.stratum.accountevent;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A compelling event at the customer, recorded on its account and reviewed by the account team. */
@Entity
@Table(name = "account_event")
public class AccountEvent extends VersionedEntity {
    public UUID accountId;
    @Enumerated(EnumType.STRING)
    public CompellingEventType type;
    public LocalDate occurredOn;
    public String description;
    @Enumerated(EnumType.STRING)
    public EventSource source;
    public UUID contactId;
    @Enumerated(EnumType.STRING)
    public EventStatus status;
    public String reviewNote;
    public Instant reviewDueAt;
    public Instant reviewedAt;
    public UUID reviewedBy;
    public UUID opportunityId;
    public UUID createdBy;
    public Instant createdAt;
    public Instant updatedAt;
}
