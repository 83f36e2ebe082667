package com.stratum.account;

/** What a member does on an account's team (the owner leads it and needs no role). */
public enum TeamRole {
    ACCOUNT_EXECUTIVE, CUSTOMER_SUCCESS, SALES_ENGINEER, EXECUTIVE_SPONSOR, SUPPORT_LEAD, SPECIALIST
}
