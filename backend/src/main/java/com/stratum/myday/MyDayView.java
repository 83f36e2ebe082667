package com.stratum.myday;

import com.stratum.grade.Grade;
import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The day of a user (or of their team): one section per kind of work, each with how many there are and the first
 * few. A new section is one more property here and one more branch of the statement in {@link MyDayReport}.
 */
@Schema(name = "MyDay", description = "What needs doing today, section by section. Each section has `count` (all"
        + " that match) and `items` (the first " + MyDayReport.ITEMS + ", most urgent first).")
public record MyDayView(
        @Schema(required = true) DayScope scope,
        @Schema(required = true, description = "The day it was computed for (UTC).") LocalDate date,
        @Schema(required = true, description = "The users whose day it is: 1 for ME, the caller's reports (direct"
                + " and indirect) for TEAM.") int people,
        @Schema(required = true, description = "Open tasks due today or overdue, assigned to them.")
        TaskSection tasksDue,
        @Schema(required = true, description = "Live accounts they own whose next QBR is due within "
                + MyDayReport.DUE_WITHIN_DAYS + " days or overdue.") QbrSection qbrsDue,
        @Schema(required = true, description = "Open follow-ups of failing QBRs on accounts they own, dated within "
                + MyDayReport.DUE_WITHIN_DAYS + " days or already passed.") FollowUpSection followUpsDue,
        @Schema(required = true, description = "Live accounts they own that are single-threaded.")
        AccountSection singleThreaded,
        @Schema(required = true, description = "Open handoffs waiting for them to accept or decline.")
        HandoffSection handoffsWaiting,
        @Schema(required = true, description = "Live accounts they own with no logged touch for longer than their"
                + " tier's touch cadence, the longest overdue first.") TouchSection touchOverdue,
        @Schema(required = true, description = "Compelling events on accounts they own still waiting for review"
                + " (status NEW), the earliest review deadline first.") EventSection eventsToReview,
        @Schema(required = true, description = "NEW revenue alerts on accounts they own, the newest first.")
        AlertSection newRevenueAlerts) {

    @Schema(name = "MyDayAlertSection")
    public record AlertSection(@Schema(required = true) long count, @Schema(required = true) List<DayAlert> items) {
    }

    @Schema(name = "MyDayRevenueAlert", description = "A NEW revenue alert.")
    public record DayAlert(
            @Schema(required = true) UUID alertId,
            @Schema(required = true) UUID accountId,
            @Schema(required = true) String accountName,
            @Schema(required = true, description = "The alert's rule, as GET /api/v1/revenue-alerts/{id} names it.")
            String rule,
            @Schema(required = true, nullable = true, description = "Null for REVENUE_DECLINE.") String productName,
            @Schema(required = true) BigDecimal amountAtRisk,
            @Schema(required = true) Instant detectedAt,
            @Schema(required = true) UUID ownerId,
            @Schema(required = true) String ownerName) {
    }

    @Schema(name = "MyDayTaskSection")
    public record TaskSection(@Schema(required = true) long count, @Schema(required = true) List<DayTask> items) {
    }

    @Schema(name = "MyDayTask", description = "A task; complete it with PATCH /api/v1/tasks/{id} and its version.")
    public record DayTask(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) UUID accountId,
            @Schema(required = true) String accountName,
            @Schema(required = true) LocalDate dueDate,
            @Schema(required = true) boolean overdue,
            @Schema(required = true) UUID assigneeId,
            @Schema(required = true) String assigneeName,
            @Schema(required = true, nullable = true) UUID qbrId,
            @Schema(required = true) long version) {
    }

    @Schema(name = "MyDayQbrSection")
    public record QbrSection(@Schema(required = true) long count, @Schema(required = true) List<DayQbr> items) {
    }

    @Schema(name = "MyDayQbr", description = "An account whose next QBR is due.")
    public record DayQbr(
            @Schema(required = true) UUID accountId,
            @Schema(required = true) String accountName,
            @Schema(required = true) Tier tier,
            @Schema(required = true) LocalDate nextQbrDue,
            @Schema(required = true) boolean overdue,
            @Schema(required = true) UUID ownerId,
            @Schema(required = true) String ownerName) {
    }

    @Schema(name = "MyDayFollowUpSection")
    public record FollowUpSection(@Schema(required = true) long count,
            @Schema(required = true) List<DayFollowUp> items) {
    }

    @Schema(name = "MyDayFollowUp", description = "An open follow-up of a failing QBR.")
    public record DayFollowUp(
            @Schema(required = true) UUID qbrId,
            @Schema(required = true) UUID accountId,
            @Schema(required = true) String accountName,
            @Schema(required = true) Grade targetGrade,
            @Schema(required = true) LocalDate targetDate,
            @Schema(required = true, description = "Its follow-up tasks still open.") long openTasks,
            @Schema(required = true) UUID ownerId,
            @Schema(required = true) String ownerName) {
    }

    @Schema(name = "MyDayAccountSection")
    public record AccountSection(@Schema(required = true) long count,
            @Schema(required = true) List<DayAccount> items) {
    }

    @Schema(name = "MyDayAccount", description = "A single-threaded account, with the reasons.")
    public record DayAccount(
            @Schema(required = true) UUID accountId,
            @Schema(required = true) String accountName,
            @Schema(required = true) Tier tier,
            @Schema(required = true) List<String> reasons,
            @Schema(required = true) UUID ownerId,
            @Schema(required = true) String ownerName) {
    }

    @Schema(name = "MyDayTouchSection")
    public record TouchSection(@Schema(required = true) long count, @Schema(required = true) List<DayTouch> items) {
    }

    @Schema(name = "MyDayTouch", description = "An account whose touch is overdue.")
    public record DayTouch(
            @Schema(required = true) UUID accountId,
            @Schema(required = true) String accountName,
            @Schema(required = true) Tier tier,
            @Schema(required = true, nullable = true, description = "Null when nothing was ever logged.")
            Instant lastTouchAt,
            @Schema(required = true) Instant touchDueAt,
            @Schema(required = true) UUID ownerId,
            @Schema(required = true) String ownerName) {
    }

    @Schema(name = "MyDayEventSection")
    public record EventSection(@Schema(required = true) long count, @Schema(required = true) List<DayEvent> items) {
    }

    @Schema(name = "MyDayEvent", description = "A compelling event to review.")
    public record DayEvent(
            @Schema(required = true) UUID eventId,
            @Schema(required = true) UUID accountId,
            @Schema(required = true) String accountName,
            @Schema(required = true, description = "The event's type, as GET /api/v1/events/{id} names it.") String type,
            @Schema(required = true) LocalDate occurredOn,
            @Schema(required = true, nullable = true) String description,
            @Schema(required = true) Instant reviewDueAt,
            @Schema(required = true) boolean reviewOverdue,
            @Schema(required = true) UUID ownerId,
            @Schema(required = true) String ownerName) {
    }

    @Schema(name = "MyDayHandoffSection")
    public record HandoffSection(@Schema(required = true) long count,
            @Schema(required = true) List<DayHandoff> items) {
    }

    @Schema(name = "MyDayHandoff", description = "An open handoff to accept or decline.")
    public record DayHandoff(
            @Schema(required = true) UUID handoffId,
            @Schema(required = true) UUID accountId,
            @Schema(required = true) String accountName,
            @Schema(required = true) Tier tier,
            @Schema(required = true, nullable = true) UUID fromUserId,
            @Schema(required = true, nullable = true) String fromUserName,
            @Schema(required = true) UUID toUserId,
            @Schema(required = true) String toUserName,
            @Schema(required = true) Instant createdAt) {
    }
}
