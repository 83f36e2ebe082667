package com.stratum.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event for one webhook: written with the change, sent by {@link WebhookRelay}, its last attempt kept. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public Long seq;
    public UUID webhookId;
    public UUID eventId;
    public String eventType;
    public String resourceType;
    public UUID resourceId;
    public String body;
    public String status;
    public Instant createdAt;
    public Instant dueAt;
    public int attempts;
    public String claimedBy;
    public Instant claimedUntil;
    public Instant lastAttemptAt;
    public Integer responseStatus;
    public Integer latencyMs;
    public String responseExcerpt;
    public String lastError;
    public Instant doneAt;
}
