package com.stratum.user;

import com.stratum.security.Role;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person who uses Stratum; account managers own accounts.")
public record UserView(
        @Schema(required = true, readOnly = true) UUID id,
        @Schema(required = true, examples = "Dana Whitfield") String name,
        @Schema(required = true, format = "email", examples = "dana@example.com") String email,
        @Schema(required = true) Role role,
        @Schema(required = true) boolean active,
        @Schema(required = true, nullable = true, description = "Reports-to; null for none.") UUID managerId,
        @Schema(required = true, nullable = true, readOnly = true, description = "The manager's name.")
        String managerName,
        @Schema(required = true) Level level,
        @Schema(required = true, readOnly = true) Instant createdAt,
        @Schema(required = true, readOnly = true) Instant updatedAt,
        @Schema(required = true, readOnly = true, description = "Optimistic-locking version; also the ETag.")
        long version) {

    static UserView of(User user, String managerName) {
        return new UserView(user.id, user.name, user.email, user.role, user.active, user.managerId, managerName,
                user.level, user.createdAt, user.updatedAt, user.version);
    }
}
