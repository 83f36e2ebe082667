package com.stratum.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The names of the risk flags an account can carry. Their rules (what raises each, its evidence and what clears it)
 * live in com.stratum.risk.RiskRules, which writes account_risk_flag (V41); the account package only reads the table
 * for its lists and views, so the names are defined here, below both.
 */
@Schema(description = "A named risk flag; the rules are in rules.json (`risk.flags`).")
public enum RiskFlag {
    FAILING_GRADE, FOLLOW_UP_MISSED, QBR_OVERDUE, TOUCH_OVERDUE, SINGLE_THREADED, SPONSOR_LEFT, REVENUE_ALERT,
    RENEWAL_AT_RISK, THREAT_PATH, PLAN_STALE
}
