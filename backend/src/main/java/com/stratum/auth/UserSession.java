package com.stratum.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String tokenHash;
    public UUID userId;
    public String csrfToken;
    public Instant createdAt;
    public Instant lastSeenAt;
}
