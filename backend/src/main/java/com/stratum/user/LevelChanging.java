package com.stratum.user;

import java.util.UUID;

/**
 * A user's level is about to change (the user's row is locked by the change): the account feature observes it
 * and refuses a level that may not own the accounts the user holds. Fired inside the change's transaction.
 */
public record LevelChanging(UUID userId, String userName, Level level) {
}
