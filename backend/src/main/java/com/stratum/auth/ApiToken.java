package com.stratum.auth;

import com.stratum.security.Scope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** An integration's credential. Only the SHA-256 of the secret is stored; the prefix identifies it in lists. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID userId;
    public String name;
    public String prefix;
    public String tokenHash;
    /** Space-separated scope names. */
    public String scopes;
    public Instant createdAt;
    /** Written at creation; afterwards the database moves it on every change (V37). Read for sync. */
    @Column(name = "updated_at", updatable = false)
    public Instant updatedAt;
    public Instant expiresAt;
    public Instant lastUsedAt;
    public Instant revokedAt;

    public Set<Scope> scopeSet() {
        Set<Scope> set = EnumSet.noneOf(Scope.class);
        Arrays.stream(scopes.split(" ")).filter(s -> !s.isEmpty()).map(Scope::of).forEach(set::add);
        return set;
    }

    public void scopeSet(Set<Scope> set) {
        scopes = set.stream().sorted().map(Scope::value).collect(Collectors.joining(" "));
    }
}
