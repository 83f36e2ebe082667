package com.stratum.sync;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A deleted record, written by the delete triggers of V36; read only. */
@Entity
@Table(name = "tombstone")
public class Tombstone extends PanacheEntityBase {
    @Id
    public UUID id;
    public String type;
    public UUID recordId;
    public UUID accountId;
    public Instant deletedAt;
}
