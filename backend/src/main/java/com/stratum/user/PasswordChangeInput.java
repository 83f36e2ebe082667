package com.stratum.user;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordChange",
        description = "A new password. Changing your own needs the current one; admins set anyone's without it.")
public record PasswordChangeInput(
        @Schema(required = true, format = "password", minLength = 12, writeOnly = true) @NotNull String newPassword,
        @Schema(format = "password", writeOnly = true, description = "Required when changing your own password.")
        String currentPassword) {
}
