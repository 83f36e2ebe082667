package com.stratum.revenuealert;

/** Why the customer buys less, given when an alert is resolved; COMPETITOR names the competitor. */
public enum AlertCause {
    COMPETITOR, BUDGET, PROJECT_ENDED, SEASONAL, DATA_ERROR, PRICE, QUALITY, OTHER
}
