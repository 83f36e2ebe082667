package com.stratum.notification;

/** What a notification is about; the SPA picks an icon by it. */
public enum NotificationKind {
    /** A QBR of an account you own was answered. */
    SURVEY_ANSWERED,
    /** A follow-up of an account you own was judged MET or MISSED. */
    FOLLOW_UP_JUDGED,
    /** Someone offers you an account (a handoff to you was started). */
    HANDOFF_OFFERED,
    /** A handoff you started, or of an account you owned, was accepted. */
    HANDOFF_ACCEPTED,
    /** A task was assigned to you. */
    TASK_ASSIGNED,
    /** An integration added a compelling event to an account you own. */
    EVENT_ADDED,
    /** A revenue alert was raised on an account you own (with the task it opened for you). */
    REVENUE_ALERT,
    /** A webhook gave up a delivery after a day of retries (admins). */
    WEBHOOK_FAILING
}
