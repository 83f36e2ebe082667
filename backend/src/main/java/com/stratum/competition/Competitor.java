package com.stratum.competition;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A company that sells what we sell (or what we lack) to our accounts; managers keep the list. */
@Entity
@Table(name = "competitor")
public class Competitor extends VersionedEntity {
    public String name;
    public String website;
    public String notes;
    public Instant createdAt;
    public Instant updatedAt;
}
