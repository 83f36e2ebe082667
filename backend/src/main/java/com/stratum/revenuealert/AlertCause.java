package com.stratum.revenuealert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the customer buys less, given when an alert is resolved; COMPETITOR names the competitor. */
@Schema(name = "RevenueAlertCause")
public enum AlertCause {
    COMPETITOR, BUDGET, PROJECT_ENDED, SEASONAL, DATA_ERROR, PRICE, QUALITY, OTHER
}
