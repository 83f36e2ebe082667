package com.stratum.outbox;

/** Where a message is: waiting (PENDING, also between retries), done (SENT), given up (FAILED) or no longer wanted. */
public enum OutboxStatus {
    PENDING, SENT, FAILED, CANCELLED
}
