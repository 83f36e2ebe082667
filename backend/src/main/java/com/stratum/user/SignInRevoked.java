package com.stratum.user;

import java.util.UUID;

/**
 * A user's password changed or the user was deactivated: every session of theirs but {@code keepSessionId} (the
 * one that changed its own password; null for none) must end. Fired inside the change's transaction.
 */
public record SignInRevoked(UUID userId, UUID keepSessionId) {
}
