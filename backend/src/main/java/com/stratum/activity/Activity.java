package com.stratum.activity;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Something an account's people did with the customer: a call, a meeting, an e-mail, a note, a visit, a workshop.
 * Its contacts are rows of {@code activity_contact}, written by {@link ActivityService} in one statement.
 */
@Entity
@Table(name = "activity")
public class Activity extends VersionedEntity {
    public UUID accountId;
    @Enumerated(EnumType.STRING)
    public ActivityType type;
    public Instant occurredAt;
    public String summary;
    /** Markdown as typed. */
    public String body;
    public UUID opportunityId;
    public UUID qbrId;
    public UUID authorId;
    /** Where an integration's activity came from, and its id there; both null for one logged in Stratum. */
    public String source;
    public String externalId;
    public Instant createdAt;
    public Instant updatedAt;
}
