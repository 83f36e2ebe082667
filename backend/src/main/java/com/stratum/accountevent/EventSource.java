package com.stratum.accountevent;

/** Who recorded an event: a person (MANUAL) or an integration with an API token (API). */
public enum EventSource { MANUAL, API }
