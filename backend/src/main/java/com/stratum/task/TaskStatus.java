package com.stratum.task;

/** Where a task stands: OPEN until someone completes (DONE) or drops (CANCELLED) it; either can be reopened. */
public enum TaskStatus {
    OPEN, DONE, CANCELLED
}
