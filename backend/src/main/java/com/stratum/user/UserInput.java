package com.stratum.user;

import com.stratum.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable properties of a user: the body of a create, and the form a merge patch is applied to. */
@Schema(name = "UserInput", description = "Writable properties of a user.")
public record UserInput(
        @Schema(required = true, minLength = 1, maxLength = 200, examples = "Dana Whitfield")
        @NotBlank @Size(max = 200) String name,
        @Schema(required = true, format = "email", maxLength = 320, examples = "dana@example.com")
        @NotBlank @Email @Size(max = 320) String email,
        @Schema(required = true) @NotNull Role role,
        @Schema(description = "Inactive users cannot be given accounts. Default true.", defaultValue = "true")
        Boolean active,
        @Schema(nullable = true, description = "Reports-to: another active user; no cycles. Null for none.")
        UUID managerId,
        // The default is in words only (see NewUserInput: generated Java clients do not compile with it).
        @Schema(description = "Seniority; default MID. A JUNIOR user may not own a STRATEGIC account.")
        Level level) {

    /** A user without a manager, at the default level. */
    public UserInput(String name, String email, Role role, Boolean active) {
        this(name, email, role, active, null, null);
    }
}
