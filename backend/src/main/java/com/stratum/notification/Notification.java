package com.stratum.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A sentence for one user about something that happened, with the page it is about. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID userId;
    @Enumerated(EnumType.STRING)
    public NotificationKind kind;
    public String title;
    public String link;
    public Instant createdAt;
    /** Written at creation; afterwards the database moves it on every change (V37). Read for sync. */
    @Column(name = "updated_at", updatable = false)
    public Instant updatedAt;
    public Instant readAt;
}
