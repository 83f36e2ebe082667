package com.stratum.user;

import com.stratum.common.VersionedEntity;
import com.stratum.security.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "app_user")
public class User extends VersionedEntity {
    public String name;
    public String email;
    @Enumerated(EnumType.STRING)
    public Role role;
    public boolean active;
    /** bcrypt; null until a password is set. Never leaves the server. */
    public String passwordHash;
    public Instant createdAt;
    public Instant updatedAt;
}
