package com.stratum.outbox;

import java.util.Objects;

/** What a sender decided for a due message: send it (the action runs outside any transaction) or cancel it. */
public final class Delivery {
    /** The sending itself; throws when the other side refused or could not be reached (then it is retried). */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private final Action action;
    private final String cancelReason;

    private Delivery(Action action, String cancelReason) {
        this.action = action;
        this.cancelReason = cancelReason;
    }

    public static Delivery send(Action action) {
        return new Delivery(Objects.requireNonNull(action), null);
    }

    /** Nothing is sent, now or later: the message no longer applies (said why in the attempt log). */
    public static Delivery cancel(String reason) {
        return new Delivery(null, Objects.requireNonNull(reason));
    }

    Action action() {
        return action;
    }

    String cancelReason() {
        return cancelReason;
    }
}
