package com.stratum.user;

import com.stratum.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a user's creation: the writable properties plus, optionally, a first password. */
@Schema(name = "NewUser", description = "A new user.")
public record NewUserInput(
        @Schema(required = true, minLength = 1, maxLength = 200, examples = "Dana Whitfield")
        @NotBlank @Size(max = 200) String name,
        @Schema(required = true, format = "email", maxLength = 320, examples = "dana@example.com")
        @NotBlank @Email @Size(max = 320) String email,
        @Schema(required = true) @NotNull Role role,
        @Schema(description = "Inactive users cannot sign in or be given accounts. Default true.",
                defaultValue = "true") Boolean active,
        @Schema(format = "password", minLength = 12, writeOnly = true, description = "At least 12 characters."
                + " Without one the user cannot sign in until an admin sets it.") String password,
        @Schema(nullable = true, description = "Reports-to: another active user. Null for none.") UUID managerId,
        // The default is in words only: a `default` beside the enum's allOf makes generated Java clients assign a
        // String to the enum field (openapi-generator 7.25), which does not compile.
        @Schema(description = "Seniority; default MID. A JUNIOR user may not own a STRATEGIC account.") Level level) {

    public UserInput properties() {
        return new UserInput(name, email, role, active, managerId, level);
    }
}
