package com.stratum.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Column(name = "actor_id")
    public UUID actorId;
    @Column(name = "token_id")
    public UUID tokenId;
    public String action;
    @Column(name = "entity_type")
    public String entityType;
    @Column(name = "entity_id")
    public String entityId;
    /** {"column": {"before": ..., "after": ...}} */
    @JdbcTypeCode(SqlTypes.JSON)
    public String changes;
    /** The database transaction that wrote the row: the rows of one request share it. Null before V16. */
    @Column(name = "transaction_id")
    public Long transactionId;
}
