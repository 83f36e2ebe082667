package com.stratum.tier;

/**
 * Why an account is promoted to KEY or STRATEGIC: required with the text of the reason for every promotion to those
 * tiers, kept in the tier history.
 */
public enum TierReasonCode { REVENUE, GROWTH_POTENTIAL, STRATEGIC_REFERENCE, NEW_MARKET, AT_RISK_SAVE }
