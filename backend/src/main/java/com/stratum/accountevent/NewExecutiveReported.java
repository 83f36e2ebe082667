package com.stratum.accountevent;

import java.util.UUID;

/**
 * A NEW_EXECUTIVE event was recorded on an account: fired in the transaction that recorded it, for a feature above
 * (tasks: "meet the new executive") to act on. {@code contactId} is the event's contact (null when the person is
 * not a contact yet); {@code ownerId} the account's owner (null when it has none).
 */
public record NewExecutiveReported(UUID accountId, UUID eventId, UUID contactId, UUID ownerId) {
}
