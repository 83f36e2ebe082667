package com.stratum.revenuealert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an alert is about: a product the account STOPPED_BUYING, a VOLUME_DROP of a product, or the account's
 * REVENUE_DECLINE against the same months a year earlier ({@link AlertRules} holds each rule).
 */
@Schema(name = "RevenueAlertRule")
public enum AlertRule {
    STOPPED_BUYING, VOLUME_DROP, REVENUE_DECLINE
}
