package com.stratum.account;

/** Where the customer relationship stands. */
public enum Lifecycle { PROSPECT, ONBOARDING, ACTIVE, AT_RISK, CHURNED }
