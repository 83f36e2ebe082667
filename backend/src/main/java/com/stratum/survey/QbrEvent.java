package com.stratum.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happened to a QBR, fired within the transaction that did it, for features above survey (the survey
 * e-mails of com.stratum.mail) to act on in that same transaction.
 */
public sealed interface QbrEvent {
    UUID qbrId();

    /** Someone the customer's side of a QBR is asked: a name and an e-mail address. */
    record Recipient(String name, String email) {
    }

    /** A new customer link was made (any earlier one stopped working); {@code link} is its one plain copy. */
    record Invited(UUID qbrId, String link, Instant sentAt, Instant expiresAt, List<Recipient> recipients)
            implements QbrEvent {
    }

    /** The QBR was answered (by the link or from a call). */
    record Answered(UUID qbrId, boolean failing, List<Recipient> recipients) implements QbrEvent {
    }

    /** A failing QBR's follow-up was set or changed. */
    record FollowUpSet(UUID qbrId) implements QbrEvent {
    }

    /** The QBR was cancelled. */
    record Cancelled(UUID qbrId) implements QbrEvent {
    }
}
