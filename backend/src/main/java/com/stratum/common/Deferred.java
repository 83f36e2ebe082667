package com.stratum.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Work that a batch of changes would repeat for each change, run once per key at the end of the batch instead: a
 * check that raises many revenue alerts on one account recomputes the account's risk flags once, not once per alert
 * (eight alerts an account made a 100-account check outlast its transaction timeout). Per thread: a batch runs on one
 * thread in one transaction, and the deferred work runs in it, after the batch's own. Outside a batch nothing is
 * deferred.
 */
public final class Deferred {
    private static final ThreadLocal<Map<Object, Runnable>> PENDING = new ThreadLocal<>();

    private Deferred() {
    }

    /** Runs {@code work}, then what it deferred, once per key, in the order first deferred. */
    public static void batch(Runnable work) {
        if (PENDING.get() != null) { // within a batch already: the outer one runs what is deferred
            work.run();
            return;
        }
        Map<Object, Runnable> pending = new LinkedHashMap<>();
        PENDING.set(pending);
        try {
            work.run();
        } finally {
            PENDING.remove();
        }
        pending.values().forEach(Runnable::run);
    }

    /** Defers {@code task} under {@code key} to the end of the batch; false when no batch is open (run it now). */
    public static boolean defer(Object key, Runnable task) {
        Map<Object, Runnable> pending = PENDING.get();
        if (pending == null) {
            return false;
        }
        pending.putIfAbsent(key, task);
        return true;
    }
}
