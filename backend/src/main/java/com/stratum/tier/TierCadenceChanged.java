package com.stratum.tier;

/**
 * A tier's QBR cadence changed: every date that follows the cadence of this tier must follow the new one. Fired
 * synchronously inside the policy change's transaction, so the policy and the dates change together or not at all.
 */
public record TierCadenceChanged(Tier tier, int qbrCadenceDays) {
}
