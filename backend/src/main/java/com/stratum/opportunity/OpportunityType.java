package com.stratum.opportunity;

/** UPSELL: more of what they have. CROSS_SELL: something else we offer. RENEWAL: keeping what they have. */
public enum OpportunityType {
    UPSELL, CROSS_SELL, RENEWAL;

    /** Upsell and cross-sell grow the account; a renewal only keeps it (and gates commission on growth). */
    public boolean expansion() {
        return this != RENEWAL;
    }
}
