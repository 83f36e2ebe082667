package com.stratum.contact;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A part of the customer's organisation (a division, a department) that the account's contacts work in. */
@Entity
@Table(name = "business_unit")
public class BusinessUnit extends VersionedEntity {
    public UUID accountId;
    public String name;
    /** A unit of the same account; never the unit itself or one of its descendants. */
    public UUID parentId;
    @Enumerated(EnumType.STRING)
    public Relevance relevance;
    public Instant createdAt;
    public Instant updatedAt;
}
