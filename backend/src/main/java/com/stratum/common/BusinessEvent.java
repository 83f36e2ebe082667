package com.stratum.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A business change, fired as a CDI event by the service that made it, inside its transaction, with the resource
 * as the API returns it (its {@code *View}). The webhook package observes it (also inside the transaction) and
 * writes one delivery per subscribed webhook, so a rolled-back change sends nothing. Defined here, the lowest
 * package, so every feature can fire it without knowing who listens.
 */
public record BusinessEvent(Type type, UUID resourceId, Object resource) {
    public BusinessEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(resource, "resource");
    }

    /** The events a webhook can subscribe to; the value is the wire name, the resource its {@code data}. */
    @Schema(name = "WebhookEventType", enumeration = {"account.created", "account.updated", "account.archived",
        "account.restored", "account.tier_changed", "opportunity.created", "opportunity.updated",
        "opportunity.stage_changed", "opportunity.closed", "opportunity.reopened", "opportunity.deleted",
        "contact.created", "contact.updated", "contact.deleted", "activity.created", "activity.updated",
        "activity.deleted", "qbr.sent", "qbr.answered", "qbr.follow_up_judged", "revenue_alert.raised",
        "revenue_alert.resolved"})
    public enum Type {
        ACCOUNT_CREATED("account.created", "account"),
        ACCOUNT_UPDATED("account.updated", "account"),
        ACCOUNT_ARCHIVED("account.archived", "account"),
        ACCOUNT_RESTORED("account.restored", "account"),
        ACCOUNT_TIER_CHANGED("account.tier_changed", "account"),
        OPPORTUNITY_CREATED("opportunity.created", "opportunity"),
        OPPORTUNITY_UPDATED("opportunity.updated", "opportunity"),
        OPPORTUNITY_STAGE_CHANGED("opportunity.stage_changed", "opportunity"),
        OPPORTUNITY_CLOSED("opportunity.closed", "opportunity"),
        OPPORTUNITY_REOPENED("opportunity.reopened", "opportunity"),
        OPPORTUNITY_DELETED("opportunity.deleted", "opportunity"),
        CONTACT_CREATED("contact.created", "contact"),
        CONTACT_UPDATED("contact.updated", "contact"),
        CONTACT_DELETED("contact.deleted", "contact"),
        ACTIVITY_CREATED("activity.created", "activity"),
        ACTIVITY_UPDATED("activity.updated", "activity"),
        ACTIVITY_DELETED("activity.deleted", "activity"),
        QBR_SENT("qbr.sent", "qbr"),
        QBR_ANSWERED("qbr.answered", "qbr"),
        QBR_FOLLOW_UP_JUDGED("qbr.follow_up_judged", "qbr"),
        REVENUE_ALERT_RAISED("revenue_alert.raised", "revenue_alert"),
        REVENUE_ALERT_RESOLVED("revenue_alert.resolved", "revenue_alert");

        private final String value;
        private final String resourceType;

        Type(String value, String resourceType) {
            this.value = value;
            this.resourceType = resourceType;
        }

        @JsonValue
        public String value() {
            return value;
        }

        /** The wire name (what a refusal lists). */
        @Override
        public String toString() {
            return value;
        }

        /** What {@code data} is: account, opportunity, contact, activity, qbr, revenue_alert. */
        public String resourceType() {
            return resourceType;
        }

        @JsonCreator
        public static Type of(String value) {
            return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown event type " + value));
        }
    }
}
