package com.stratum.opportunity;

/** What happened at the customer that makes them buy now. */
public enum CompellingEventType { ACQUISITION, FUNDING_ROUND, NEW_EXECUTIVE, EXPANSION, REORGANIZATION, REGULATION, OTHER }
