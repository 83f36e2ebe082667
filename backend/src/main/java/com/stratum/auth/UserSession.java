package com.stratum.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A signed-in browser. The cookie carries a secret whose SHA-256 is {@code tokenHash}. */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "csrf_token")
    public String csrfToken;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;
}
