package com.stratum.revenuealert;

/**
 * What an alert is about: a product the account STOPPED_BUYING, a VOLUME_DROP of a product, or the account's
 * REVENUE_DECLINE against the same months a year earlier ({@link AlertRules} holds each rule).
 */
public enum AlertRule {
    STOPPED_BUYING, VOLUME_DROP, REVENUE_DECLINE
}
