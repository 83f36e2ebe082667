package com.stratum.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where an account's ARR comes from. MANUAL: typed by people. REVENUE: the sum of the last 12"
        + " complete months of its recurring products' revenue lines, recomputed when lines land and when switched;"
        + " a typed ARR is then refused.")
public enum ArrSource { MANUAL, REVENUE }
