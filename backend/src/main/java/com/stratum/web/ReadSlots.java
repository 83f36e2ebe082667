package com.stratum.web;

import java.util.ArrayDeque;

/**
 * At most {@code slots} reads run at once; the others wait their turn in arrival order, and a read that ends hands
 * its slot to the next in line. The waiting costs nothing but the queue entry: no thread is held.
 *
 * <p>Why (docs/performance.md, "Reads take turns"): with as many reads running as there are connections, the JVM's
 * threads and PostgreSQL's backends preempt one another on the cores, and every read of a list took longer than
 * the queue in front of a few running at a time.
 */
final class ReadSlots {
    private final int slots;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private int running;
    private int mostRunning;
    private long waited;

    ReadSlots(int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("stratum.http.concurrent-reads must be at least 1, not " + slots);
        }
        this.slots = slots;
    }

    /** Runs {@code start} now when a slot is free, else when one is handed to it. */
    void enter(Runnable start) {
        synchronized (this) {
            if (running >= slots) {
                waiting.add(start);
                waited++;
                return;
            }
            running++;
            mostRunning = Math.max(mostRunning, running);
        }
        start.run();
    }

    /** Ends one running read: its slot goes to the longest waiting one, if any. */
    void leave() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                if (running == 0) {
                    throw new IllegalStateException("A read left a slot it did not hold");
                }
                running--;
                return;
            }
        }
        next.run();
    }

    int slots() {
        return slots;
    }

    synchronized int running() {
        return running;
    }

    synchronized int waiting() {
        return waiting.size();
    }

    /** The most reads that ran at once since start. */
    synchronized int mostRunning() {
        return mostRunning;
    }

    /** How many reads have had to wait since start. */
    synchronized long waited() {
        return waited;
    }
}
