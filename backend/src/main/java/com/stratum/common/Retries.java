package com.stratum.common;

import java.time.Duration;

/** What the background senders (e-mail outbox, webhooks) share about retrying: the wait and the failure's words. */
public final class Retries {
    private Retries() {
    }

    /** {@code first}, doubled for each attempt after the first, never more than {@code max}. */
    public static Duration doubling(Duration first, Duration max, int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** The root cause's type and message, for an attempt's record and the log. */
    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }
}
