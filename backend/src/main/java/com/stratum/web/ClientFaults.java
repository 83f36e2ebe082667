package com.stratum.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Faults a client causes (a body that never completes, a connection dropped mid-body, a malformed or
 * oversized body) are not our bugs: each kind is logged as one WARN line at most once a minute, with the
 * number of occurrences since the last line, so that a flood of them cannot flood the log. ERROR stays for
 * failures of our own.
 */
@ApplicationScoped
public class ClientFaults {
    static final long INTERVAL_NANOS = 60_000_000_000L;
    private static final Logger LOG = Logger.getLogger(ClientFaults.class);

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** Notes one fault of a kind; logs it if this kind has not been logged within the last minute. */
    public void record(String kind, String detail) {
        Window window = windows.computeIfAbsent(kind, k -> new Window());
        window.total.incrementAndGet();
        window.count.incrementAndGet();
        long now = System.nanoTime();
        long last = window.lastLogged.get();
        if ((last == 0 || now - last >= INTERVAL_NANOS) && window.lastLogged.compareAndSet(last, now == 0 ? 1 : now)) {
            long count = window.count.getAndSet(0);
            LOG.warnf("Client fault (%s): %s%s", kind, detail,
                    count > 1 ? " (" + (count - 1) + " more since the last report)" : "");
        }
    }

    /** How many faults of this kind were seen since the start. */
    public long seen(String kind) {
        Window window = windows.get(kind);
        return window == null ? 0 : window.total.get();
    }

    private static final class Window {
        final AtomicLong total = new AtomicLong();
        final AtomicLong lastLogged = new AtomicLong();
        final AtomicLong count = new AtomicLong();
    }
}
