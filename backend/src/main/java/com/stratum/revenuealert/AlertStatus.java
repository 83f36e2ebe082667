package com.stratum.revenuealert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** NEW when raised, ACKNOWLEDGED when someone took it up, RESOLVED with a cause and a note (from NEW or ACKNOWLEDGED). */
@Schema(name = "RevenueAlertStatus")
public enum AlertStatus {
    NEW, ACKNOWLEDGED, RESOLVED
}
