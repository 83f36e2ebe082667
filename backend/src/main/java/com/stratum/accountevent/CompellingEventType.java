package com.stratum.accountevent;

/** What happened at the customer. */
public enum CompellingEventType {
    ACQUISITION, FUNDING_ROUND, NEW_EXECUTIVE, EXPANSION, REORGANIZATION, REGULATION, PROJECT, OTHER
}
