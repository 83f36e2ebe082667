package com.stratum.revenue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How an account's revenue is grouped: one group per product, per product family, or per month.")
public enum RevenueGroupBy { PRODUCT, FAMILY, MONTH }
