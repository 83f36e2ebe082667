package com.stratum.revenuealert;

/** NEW when raised, ACKNOWLEDGED when someone took it up, RESOLVED with a cause and a note (from NEW or ACKNOWLEDGED). */
public enum AlertStatus {
    NEW, ACKNOWLEDGED, RESOLVED
}
