package com.stratum.accountevent;

import com.stratum.tier.Tier;
import java.time.Duration;
import java.time.Instant;

/**
 * The review deadline of a compelling event, the rule's one home: a NEW event must be reviewed within 7 days of
 * being recorded, 14 on a STANDARD account. Set once, when the event is recorded, from the account's tier then;
 * overdue while still NEW after it. rules.json carries the days for the SPA.
 */
public final class ReviewDeadline {
    public static final int DAYS = 7;
    public static final int STANDARD_DAYS = 14;

    private ReviewDeadline() {
    }

    public static int days(Tier tier) {
        return tier == Tier.STANDARD ? STANDARD_DAYS : DAYS;
    }

    public static Instant dueAt(Instant recordedAt, Tier tier) {
        return recordedAt.plus(Duration.ofDays(days(tier)));
    }

    /**
     * Every event overdue at {@code now} was recorded before this (the shortest deadline before now; V56 holds it as a
     * check): a bound that lets the review queue start its index walk there.
     */
    public static Instant overdueRecordedBefore(Instant now) {
        return now.minus(Duration.ofDays(Math.min(DAYS, STANDARD_DAYS)));
    }

    public static boolean overdue(EventStatus status, Instant dueAt, Instant now) {
        return status == EventStatus.NEW && dueAt.isBefore(now);
    }
}
