package com.stratum.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.common.BusinessEvent;
import com.stratum.common.Text;
import com.stratum.security.Caller;
import com.stratum.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Turns every business change ({@link BusinessEvent}, fired by the service that made it) into one delivery per
 * active webhook subscribed to its type, written in the change's transaction: a rolled-back change sends nothing,
 * a committed one is never lost. The body is written once, here, and sent as it is (the signature covers it).
 */
@ApplicationScoped
public class WebhookEvents {
    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clock clock;

    public WebhookEvents(EntityManager em, ObjectMapper mapper, Clock clock) {
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The event as sent: its id, type, time, who made the change and the resource as the API returns it. */
    record Payload(UUID id, BusinessEvent.Type type, Instant occurredAt, WebhookActor actor, Object data) {
    }

    void changed(@Observes BusinessEvent event) {
        @SuppressWarnings("unchecked")
        List<UUID> webhooks = em.createNativeQuery("select id from webhook where active and ?1 = any (event_types)"
                + " order by id", UUID.class).setParameter(1, event.type().value()).getResultList();
        if (webhooks.isEmpty()) {
            return;
        }
        Instant now = Text.now(clock);
        UUID eventId = UUID.randomUUID();
        String body;
        try {
            body = mapper.writeValueAsString(new Payload(eventId, event.type(), now, actor(), event.resource()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The " + event.type().value() + " event could not be written", e);
        }
        for (UUID webhook : webhooks) {
            insert(webhook, eventId, event.type(), event.resourceId(), body, now);
        }
    }

    /** Writes a delivery, due now; the relay sends it once the transaction committed. */
    void insert(UUID webhook, UUID eventId, BusinessEvent.Type type, UUID resourceId, String body, Instant now) {
        em.createNativeQuery("insert into webhook_delivery (id, webhook_id, event_id, event_type, resource_type,"
                        + " resource_id, body, status, created_at, due_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'PENDING',"
                        + " ?8, ?8)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, webhook).setParameter(3, eventId)
                .setParameter(4, type.value()).setParameter(5, type.resourceType()).setParameter(6, resourceId)
                .setParameter(7, body).setParameter(8, now).executeUpdate();
    }

    private static WebhookActor actor() {
        return CurrentCaller.ofRequest().map(WebhookEvents::actorOf)
                .orElse(new WebhookActor("SYSTEM", null, null, null));
    }

    private static WebhookActor actorOf(Caller caller) {
        return new WebhookActor(caller.viaToken() ? "API_TOKEN" : "USER", caller.userId(), caller.name(),
                caller.tokenId());
    }
}
