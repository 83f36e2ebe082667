package com.stratum.competition;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** "A competitor offers something we lack": the accounts that use it are rows of offering_gap_account. */
@Entity
@Table(name = "offering_gap")
public class OfferingGap extends VersionedEntity {
    public UUID competitorId;
    public String offering;
    public String notes;
    public Instant createdAt;
    public Instant updatedAt;
}
