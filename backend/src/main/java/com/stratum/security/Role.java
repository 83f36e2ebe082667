package com.stratum.security;

/**
 * What a user may do, from most to least powerful: each role can do everything the roles below it can.
 * Owners of accounts are usually ACCOUNT_MANAGERs.
 */
public enum Role {
    ADMIN, MANAGER, ACCOUNT_MANAGER, VIEWER;

    public boolean atLeast(Role required) {
        return ordinal() <= required.ordinal();
    }
}
