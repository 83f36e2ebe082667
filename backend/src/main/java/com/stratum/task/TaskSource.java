package com.stratum.task;

/**
 * Where a task came from: MANUAL (someone created it), FOLLOW_UP (an action of a failing QBR's follow-up), EVENT
 * (a compelling event on the account), HANDOFF (a handoff's checklist) or REVENUE_ALERT (a revenue alert on the
 * account) or THREAT (created with one click from a threat path of the account, competition). Only MANUAL tasks are
 * created through the tasks API; the others are made by the feature they come from.
 */
public enum TaskSource {
    MANUAL, FOLLOW_UP, EVENT, HANDOFF, REVENUE_ALERT, THREAT
}
