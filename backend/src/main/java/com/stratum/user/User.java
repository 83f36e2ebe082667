package com.stratum.user;

import com.stratum.common.VersionedEntity;
import com.stratum.security.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "app_user")
public class User extends VersionedEntity {
    public String name;
    public String email;
    @Enumerated(EnumType.STRING)
    public Role role;
    public boolean active;
    /** Reports-to: another user, never in a cycle. */
    public UUID managerId;
    @Enumerated(EnumType.STRING)
    public Level level = Level.MID;
    /** bcrypt; null until a password is set. Never leaves the server. */
    public String passwordHash;
    public Instant createdAt;
    public Instant updatedAt;
}
