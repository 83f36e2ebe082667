package com.stratum.user;

/**
 * A user's seniority. What a level may own is decided by the account feature
 * ({@code account.AccountTierService#ensureMayOwn}): a JUNIOR user may not own a STRATEGIC account.
 */
public enum Level {
    JUNIOR, MID, SENIOR
}
