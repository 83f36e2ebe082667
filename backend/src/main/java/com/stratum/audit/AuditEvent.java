package com.stratum.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One changed record, written by the database's audit triggers; the application only reads it. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
    @Id
    public UUID id;
    public Instant occurredAt;
    public UUID actorId;
    public UUID tokenId;
    public String action;
    public String entityType;
    public String entityId;
    /** {"column": {"before": ..., "after": ...}} */
    @JdbcTypeCode(SqlTypes.JSON)
    public String changes;
    /** The database transaction that wrote the row: the rows of one request share it. Null before V16. */
    public Long transactionId;
}
