package com.stratum.tier;

/** How much attention an account gets: many STANDARD accounts, fewer KEY ones, a handful STRATEGIC. */
public enum Tier { STANDARD, KEY, STRATEGIC }
