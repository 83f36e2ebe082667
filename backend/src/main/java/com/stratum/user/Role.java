package com.stratum.user;

/** What a user may do; enforced once sign-in lands. Owners of accounts are usually ACCOUNT_MANAGERs. */
public enum Role { ADMIN, MANAGER, ACCOUNT_MANAGER, VIEWER }
