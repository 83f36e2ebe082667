package com.stratum.contact;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person at the customer: their role in buying, how they stand toward us and how to reach them. */
@Entity
@Table(name = "contact")
public class Contact extends VersionedEntity {
    public UUID accountId;
    public String name;
    /** The contact's id in the integrator's system; unique within the account. */
    public String externalId;
    public String title;
    public String email;
    public String phone;
    public UUID businessUnitId;
    @Enumerated(EnumType.STRING)
    public BuyingRole buyingRole;
    public Integer influence;
    @Enumerated(EnumType.STRING)
    public Stance stance;
    @Enumerated(EnumType.STRING)
    public PreferredChannel preferredChannel;
    /** ISO 639-1, lower case. */
    public String preferredLanguage;
    public UUID reportsToId;
    public UUID relationshipOwnerId;
    /** Set when the person left the customer; from then on they stop counting toward coverage. */
    public LocalDate leftCompanyOn;
    /** Filled by the account's timeline (a later issue); never written here. */
    @Column(insertable = false, updatable = false)
    public Instant lastTouchAt;
    public Instant createdAt;
    public Instant updatedAt;
}
