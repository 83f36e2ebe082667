package com.stratum.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.ApiProblem;
import com.stratum.common.BusinessEvent;
import com.stratum.common.ETags;
import com.stratum.common.Keyset;
import com.stratum.common.MergePatch;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.Secrets;
import com.stratum.common.SortField;
import com.stratum.common.Sync;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Webhooks and their delivery log. Who: admins, or API tokens with {@code webhooks:admin} (which only admins hold);
 * {@link com.stratum.security.AccessFilter} checks the scope on every operation.
 */
@ApplicationScoped
public class WebhookService {
    public static final String SECRET_PREFIX = "whsec_";
    private static final List<SortField<Webhook>> SORTS = List.of(
            new SortField<>("createdAt", "w.createdAt", SortField.ValueType.INSTANT, false, w -> w.createdAt),
            new SortField<>("name", "w.name", SortField.ValueType.STRING, false, w -> w.name),
            new SortField<>("updatedAt", "w.updatedAt", SortField.ValueType.INSTANT, false, w -> w.updatedAt));
    private static final Paging.Query<Webhook> LIST = Paging.Query.of("w", "Webhook w", Webhook.class);
    private static final List<SortField<WebhookDelivery>> DELIVERY_ORDER = List.of(
            new SortField<>("createdAt", "d.createdAt", SortField.ValueType.INSTANT, false, d -> d.createdAt));
    private static final Paging.Query<WebhookDelivery> DELIVERIES = Paging.Query.of("d", "WebhookDelivery d",
            WebhookDelivery.class);
    private static final Map<String, String> READ_ONLY = readOnly();

    private final EntityManager em;
    private final Paging paging;
    private final Sync sync;
    private final Validation validation;
    private final MergePatch mergePatch;
    private final WebhookTargets targets;
    private final Clock clock;

    public WebhookService(EntityManager em, Paging paging, Sync sync, Validation validation, MergePatch mergePatch,
            WebhookTargets targets, Clock clock) {
        this.em = em;
        this.paging = paging;
        this.sync = sync;
        this.validation = validation;
        this.mergePatch = mergePatch;
        this.targets = targets;
        this.clock = clock;
    }

    @Transactional
    public CreatedWebhook create(WebhookInput input) {
        validation.check(input);
        targets.require(input.url());
        Instant now = Text.now(clock);
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        apply(webhook, input);
        webhook.secret = newSecret();
        webhook.createdBy = CurrentCaller.userId().orElse(null);
        webhook.createdAt = now;
        webhook.updatedAt = now;
        webhook.persist();
        em.flush();
        return new CreatedWebhook(webhook.secret, WebhookView.of(webhook));
    }

    @Transactional
    public WebhookPage list(Instant updatedAfter, String sort, int limit, String cursor) {
        Keyset<Webhook> keyset = Keyset.parse(Sync.sort(updatedAfter, sort), "-createdAt", SORTS, "w.id", w -> w.id);
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "w.updatedAt", query);
        return paging.page(LIST, query, keyset, limit, cursor).map(WebhookView::of)
                .to(WebhookPage::new);
    }

    @Transactional
    public WebhookView get(UUID id) {
        return WebhookView.of(find(id));
    }

    @Transactional
    public WebhookView patch(UUID id, JsonNode patch, String ifMatch) {
        Webhook webhook = find(id);
        ETags.check(ifMatch, webhook.version);
        WebhookInput current = input(webhook);
        WebhookInput changed = validation.check(mergePatch.apply(current, patch, READ_ONLY, WebhookInput.class));
        if (!changed.equals(current)) {
            if (!changed.url().equals(current.url())) {
                targets.require(changed.url());
            }
            apply(webhook, changed);
            // A change (a fixed URL, turned off and on) starts afresh: the next failure counts again.
            webhook.failingSince = null;
            webhook.updatedAt = Text.now(clock);
            em.flush();
        }
        return WebhookView.of(webhook);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Webhook webhook = find(id);
        ETags.check(ifMatch, webhook.version);
        webhook.delete();
    }

    /** A new secret; the old one stops signing at once. */
    @Transactional
    public CreatedWebhook rotateSecret(UUID id) {
        Webhook webhook = find(id);
        webhook.secret = newSecret();
        webhook.updatedAt = Text.now(clock);
        em.flush();
        return new CreatedWebhook(webhook.secret, WebhookView.of(webhook));
    }

    /** A webhook's deliveries, newest first. */
    @Transactional
    public WebhookDeliveryPage deliveries(UUID webhookId, int limit, String cursor) {
        find(webhookId);
        Keyset<WebhookDelivery> keyset = Keyset.parse(null, "-createdAt", DELIVERY_ORDER, "d.id", d -> d.id);
        QueryBuilder query = new QueryBuilder();
        query.and("d.webhookId = " + query.param(webhookId));
        return paging.page(DELIVERIES, query, keyset, limit, cursor).map(WebhookDeliveryView::of)
                .to(WebhookDeliveryPage::new);
    }

    /**
     * Sends a delivery's event again, as a new delivery (same event id and body, signed anew when sent), due now
     * and retried like any other.
     */
    @Transactional
    public WebhookDeliveryView redeliver(UUID webhookId, UUID deliveryId) {
        find(webhookId);
        WebhookDelivery original = em.find(WebhookDelivery.class, deliveryId);
        if (original == null || !original.webhookId.equals(webhookId)) {
            throw ApiProblem.notFound("delivery of this webhook", deliveryId);
        }
        Instant now = Text.now(clock);
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into webhook_delivery (id, webhook_id, event_id, event_type, resource_type,"
                        + " resource_id, body, status, created_at, due_at) select ?1, webhook_id, event_id, event_type,"
                        + " resource_type, resource_id, body, 'PENDING', ?2, ?2 from webhook_delivery where id = ?3")
                .setParameter(1, id).setParameter(2, now).setParameter(3, deliveryId).executeUpdate();
        return WebhookDeliveryView.of(em.find(WebhookDelivery.class, id));
    }

    private Webhook find(UUID id) {
        Webhook webhook = em.find(Webhook.class, id);
        if (webhook == null) {
            throw ApiProblem.notFound("webhook", id);
        }
        return webhook;
    }

    private static void apply(Webhook webhook, WebhookInput input) {
        webhook.name = input.name().trim();
        webhook.url = input.url().trim();
        webhook.eventTypes = new LinkedHashSet<>(input.eventTypes()).stream().map(BusinessEvent.Type::value)
                .toArray(String[]::new);
        webhook.active = input.active() == null || input.active();
    }

    private static WebhookInput input(Webhook webhook) {
        return new WebhookInput(webhook.name, webhook.url,
                Arrays.stream(webhook.eventTypes).map(BusinessEvent.Type::of).toList(), webhook.active);
    }

    private static Map<String, String> readOnly() {
        Map<String, String> readOnly = new java.util.HashMap<>(MergePatch.METADATA);
        readOnly.put("failingSince", MergePatch.READ_ONLY);
        readOnly.put("secret", "The secret cannot be patched; rotate it with POST /api/v1/webhooks/{id}/secret.");
        return Map.copyOf(readOnly);
    }

    private static String newSecret() {
        return SECRET_PREFIX + Secrets.random(32);
    }
}
