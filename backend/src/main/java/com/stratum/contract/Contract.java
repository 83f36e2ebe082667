package com.stratum.contract;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What a customer signed: from when to when, for how much a year, how it renews and the notice it needs. */
@Entity
@Table(name = "contract")
public class Contract extends VersionedEntity {
    public UUID accountId;
    public LocalDate startDate;
    public LocalDate endDate;
    public BigDecimal annualValue;
    public boolean autoRenew;
    public int noticeDays;
    /** The RENEWAL opportunity made for it (null before, or once that opportunity was deleted). */
    public UUID renewalOpportunityId;
    /** When its renewal opportunity was created; set once, never cleared: a contract gets one. */
    public Instant renewalCreatedAt;
    public Instant createdAt;
    public Instant updatedAt;
}
