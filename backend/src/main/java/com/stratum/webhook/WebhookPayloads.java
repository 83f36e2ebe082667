package com.stratum.webhook;

import com.stratum.account.AccountView;
import com.stratum.activity.ActivityView;
import com.stratum.common.BusinessEvent;
import com.stratum.contact.ContactView;
import com.stratum.opportunity.OpportunityView;
import com.stratum.revenuealert.AlertView;
import com.stratum.survey.QbrView;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies a webhook receives, one schema per resource, for the contract's callbacks (the records are never
 * built: {@link WebhookEvents} writes {@code data} from the fired view, which is one of these).
 */
final class WebhookPayloads {
    private WebhookPayloads() {
    }

    static final String ID = "The event's id: the same in a retry or a redelivery, so a receiver can ignore repeats.";
    static final String OCCURRED = "When the change was made.";

    @Schema(name = "AccountWebhookEvent", description = "account.created, account.updated, account.archived,"
            + " account.restored or account.tier_changed, with the account as GET /accounts/{id} returns it.")
    record AccountEvent(@Schema(required = true, description = ID) UUID id,
            @Schema(required = true) BusinessEvent.Type type,
            @Schema(required = true, description = OCCURRED) Instant occurredAt,
            @Schema(required = true) WebhookActor actor,
            @Schema(required = true) AccountView data) {
    }

    @Schema(name = "OpportunityWebhookEvent", description = "opportunity.created, opportunity.updated,"
            + " opportunity.stage_changed, opportunity.closed, opportunity.reopened or opportunity.deleted (the"
            + " opportunity as it was), with the opportunity as GET /opportunities/{id} returns it.")
    record OpportunityEvent(@Schema(required = true, description = ID) UUID id,
            @Schema(required = true) BusinessEvent.Type type,
            @Schema(required = true, description = OCCURRED) Instant occurredAt,
            @Schema(required = true) WebhookActor actor,
            @Schema(required = true) OpportunityView data) {
    }

    @Schema(name = "ContactWebhookEvent", description = "contact.created, contact.updated or contact.deleted (the"
            + " contact as it was), with the contact as GET /contacts/{id} returns it.")
    record ContactEvent(@Schema(required = true, description = ID) UUID id,
            @Schema(required = true) BusinessEvent.Type type,
            @Schema(required = true, description = OCCURRED) Instant occurredAt,
            @Schema(required = true) WebhookActor actor,
            @Schema(required = true) ContactView data) {
    }

    @Schema(name = "ActivityWebhookEvent", description = "activity.created, activity.updated or activity.deleted"
            + " (the activity as it was), with the activity as the API returns it.")
    record ActivityEvent(@Schema(required = true, description = ID) UUID id,
            @Schema(required = true) BusinessEvent.Type type,
            @Schema(required = true, description = OCCURRED) Instant occurredAt,
            @Schema(required = true) WebhookActor actor,
            @Schema(required = true) ActivityView data) {
    }

    @Schema(name = "QbrWebhookEvent", description = "qbr.sent, qbr.answered or qbr.follow_up_judged, with the QBR as"
            + " GET /qbrs/{id} returns it.")
    record QbrEvent(@Schema(required = true, description = ID) UUID id,
            @Schema(required = true) BusinessEvent.Type type,
            @Schema(required = true, description = OCCURRED) Instant occurredAt,
            @Schema(required = true) WebhookActor actor,
            @Schema(required = true) QbrView data) {
    }

    @Schema(name = "RevenueAlertWebhookEvent", description = "revenue_alert.raised or revenue_alert.resolved, with the"
            + " alert as the API returns it.")
    record RevenueAlertEvent(@Schema(required = true, description = ID) UUID id,
            @Schema(required = true) BusinessEvent.Type type,
            @Schema(required = true, description = OCCURRED) Instant occurredAt,
            @Schema(required = true) WebhookActor actor,
            @Schema(required = true) AlertView data) {
    }
}
