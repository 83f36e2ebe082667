package com.stratum.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** bcrypt, with a cost that can be raised as hardware gets faster. */
@ApplicationScoped
public class PasswordHasher {
    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_BYTES = 72;

    private final int cost;
    /** Checked when the email is unknown, so that a wrong email takes as long as a wrong password. */
    private final String decoy;

    public PasswordHasher(@ConfigProperty(name = "stratum.security.bcrypt-cost", defaultValue = "12") int cost) {
        this.cost = cost;
        this.decoy = hash("decoy-password-never-valid");
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash == null ? decoy : hash).verified && hash != null;
    }

    /** Null when the password is acceptable, else the reason it is not. */
    public static String weakness(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "Use at most " + MAX_BYTES + " bytes (fewer characters when they are not plain letters and digits).";
        }
        if (password.isBlank()) {
            return "Use letters, digits or symbols, not only spaces.";
        }
        return null;
    }
}
