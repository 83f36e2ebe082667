package com.stratum.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of an account's owner history, written on every owner change; never updated. */
@Entity
@Table(name = "owner_change")
public class OwnerChange extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID accountId;
    public UUID fromOwnerId;
    public UUID toOwnerId;
    /** The accepted handoff that moved the account; null for a direct change. */
    public UUID handoffId;
    public String reason;
    public String changedBy;
    public Instant changedAt;
}
