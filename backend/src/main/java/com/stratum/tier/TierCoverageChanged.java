package com.stratum.tier;

/**
 * A tier's coverage rule (minimum decision contacts or business units) changed: every account of the tier must be
 * judged single-threaded or not again. Fired synchronously inside the policy change's transaction.
 */
public record TierCoverageChanged(Tier tier) {
}
