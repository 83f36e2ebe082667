package com.stratum.activity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineEntry", description = "Something that happened on an account: an activity, a QBR event, an"
        + " opportunity's stage change, a tier change, a handoff, an owner change, a compelling event or a task done.")
public record TimelineEntryView(
        @Schema(required = true, description = "The source. Today ACTIVITY, QBR, FOLLOW_UP, STAGE_CHANGE, TIER_CHANGE,"
                + " HANDOFF, OWNER_CHANGE, EVENT or TASK (the list is in rules.json, `timeline.kinds`); more will come, so show"
                + " an entry of an unknown kind by its title.", examples = "QBR") String kind,
        @Schema(required = true, description = "What happened within the source: an activity's type (CALL...);"
                + " SCHEDULED, SENT or ANSWERED for a QBR; SET, MET or MISSED for a follow-up; the new stage or tier;"
                + " STARTED, ACCEPTED, DECLINED or CANCELLED for a handoff; CHANGED for an owner; RECORDED, then REVIEWED,"
                + " OPPORTUNITY_CREATED or NO_ACTION for a compelling event; DONE for a task. Open like kind.",
                examples = "ANSWERED") String event,
        @Schema(required = true, description = "When it happened.") Instant at,
        @Schema(required = true, description = "Stable id of the entry (an activity's entries carry the activity's"
                + " id).") UUID id,
        @Schema(required = true) UUID accountId,
        @Schema(required = true, description = "One line to show.", examples = "QBR answered: grade B-") String title,
        @Schema(required = true, nullable = true, description = "An activity's body (markdown, shown as text);"
                + " null for other kinds.") String body,
        @Schema(required = true, nullable = true, description = "Who did it, by name, where known.") String actor,
        @Schema(required = true, description = "The record to open: ACTIVITY, QBR, OPPORTUNITY, HANDOFF or"
                + " ACCOUNT.", examples = "QBR") String refType,
        @Schema(required = true) UUID refId,
        @Schema(required = true, type = SchemaType.OBJECT, description = "The source's own facts: for an activity"
                + " activityType, authorId, contacts [{id, name}], opportunityId, qbrId, source; for a QBR answer"
                + " grade, failing, npsScore, channel; for a follow-up targetGrade, targetDate; for a stage change"
                + " opportunityTitle, fromStage, toStage; for a tier change fromTier, toTier, reason; for a handoff"
                + " fromUserName, toUserName; for an owner change fromOwnerName, toOwnerName, reason.",
                additionalProperties = Schema.True.class) Map<String, Object> detail) {
}
