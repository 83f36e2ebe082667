package com.stratum.activity;

import java.util.List;

/**
 * The sources of the timeline, as the view {@code timeline_entry} (V21, compelling events and tasks done added by
 * V26) names them in its {@code kind} column. The list is open: a new source is one more SELECT in the view and one
 * more name here (TimelineApiTest holds the two equal). Clients must show an entry of a kind they do not know.
 */
public final class TimelineKind {
    public static final String ACTIVITY = "ACTIVITY";
    public static final String QBR = "QBR";
    public static final String FOLLOW_UP = "FOLLOW_UP";
    public static final String STAGE_CHANGE = "STAGE_CHANGE";
    public static final String TIER_CHANGE = "TIER_CHANGE";
    public static final String HANDOFF = "HANDOFF";
    public static final String OWNER_CHANGE = "OWNER_CHANGE";
    public static final String EVENT = "EVENT";
    public static final String TASK = "TASK";

    /** Every kind the view has today, in the order the SPA offers them as filters. */
    public static final List<String> ALL = List.of(ACTIVITY, QBR, FOLLOW_UP, STAGE_CHANGE, TIER_CHANGE, HANDOFF,
            OWNER_CHANGE, EVENT, TASK);

    private TimelineKind() {
    }
}
