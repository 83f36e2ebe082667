package com.stratum.opportunity;

/** UPSELL: more of what they have. CROSS_SELL: something else we offer. RENEWAL: keeping what they have. */
public enum OpportunityType { UPSELL, CROSS_SELL, RENEWAL }
