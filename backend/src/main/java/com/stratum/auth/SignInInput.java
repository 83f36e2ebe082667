package com.stratum.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignIn", description = "Credentials for signing in.")
public record SignInInput(
        @Schema(required = true, format = "email", maxLength = 320, examples = "admin@example.com")
        @NotBlank @Size(max = 320) String email,
        @Schema(required = true, format = "password", maxLength = 200, examples = "correct horse battery")
        @NotBlank @Size(max = 200) String password) {
}
