package com.stratum.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A message to put in the outbox: who delivers it ({@code kind}), what it is about ({@code refType}, {@code refId}:
 * a QBR), what it is within its kind ({@code topic}), to whom, its payload, an optional secret the sender needs
 * (cleared once done) and when it is due.
 */
public record OutboxEntry(String kind, String refType, UUID refId, String topic, String recipient,
        Map<String, String> payload, String secret, Instant dueAt) {
}
