package com.stratum.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One message to deliver outside the database (an e-mail; later a webhook call or a notification), written in
 * the transaction of the change it follows. Delivered by {@link OutboxRelay} through the {@link OutboxSender}
 * of its {@link #kind}.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {
    @Id
    public UUID id;
    public String kind;
    public String refType;
    public UUID refId;
    public String topic;
    public String recipient;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> payload;
    /** A secret the sender needs (a survey link): never in the payload, cleared once the message is done. */
    public String secret;
    @Enumerated(EnumType.STRING)
    public OutboxStatus status;
    public Instant dueAt;
    public int attempts;
    public int maxAttempts;
    public String claimedBy;
    public Instant claimedUntil;
    public String lastError;
    public Instant createdAt;
    public Instant doneAt;
    public Instant updatedAt;
}
