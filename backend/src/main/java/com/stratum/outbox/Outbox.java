package com.stratum.outbox;

import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts messages in the outbox and changes those not yet sent. Every write here joins the caller's transaction
 * ({@code MANDATORY}): a message is queued, moved or cancelled together with the change it follows, or not at
 * all. {@link OutboxRelay} delivers them.
 */
@ApplicationScoped
public class Outbox {
    private static final List<SortField<OutboxMessage>> ORDER = List.of(
            new SortField<>("dueAt", "m.dueAt", SortField.ValueType.INSTANT, false, m -> m.dueAt));
    private static final Paging.Query<OutboxMessage> MESSAGES = Paging.Query.of("m", "OutboxMessage m",
            OutboxMessage.class);

    private final EntityManager em;
    private final Paging paging;
    private final Clock clock;
    private final int maxAttempts;

    public Outbox(EntityManager em, Paging paging, Clock clock,
            @ConfigProperty(name = "stratum.outbox.max-attempts", defaultValue = "8") int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("stratum.outbox.max-attempts must be at least 1, not " + maxAttempts);
        }
        this.em = em;
        this.paging = paging;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    /** Queues a message in the current transaction; it is delivered once that commits and it is due. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(OutboxEntry entry) {
        Instant now = Text.now(clock);
        OutboxMessage message = new OutboxMessage();
        message.id = UUID.randomUUID();
        message.kind = entry.kind();
        message.refType = entry.refType();
        message.refId = entry.refId();
        message.topic = entry.topic();
        message.recipient = entry.recipient();
        message.payload = new HashMap<>(entry.payload());
        message.secret = entry.secret();
        message.status = OutboxStatus.PENDING;
        message.dueAt = entry.dueAt() == null || entry.dueAt().isBefore(now) ? now : entry.dueAt();
        message.maxAttempts = maxAttempts;
        message.createdAt = now;
        message.updatedAt = now;
        message.persist();
        return message.id;
    }

    /**
     * Cancels the record's messages of these topics that are still waiting, with the reason; their secrets are
     * cleared. A message being delivered right now (claimed) is left alone: its sender looks again at send time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelPending(String refType, UUID refId, Collection<String> topics, String reason) {
        Instant now = Text.now(clock);
        return em.createQuery("update OutboxMessage m set m.status = :cancelled, m.lastError = :reason, m.secret = null,"
                        + " m.doneAt = :now, m.updatedAt = :now where m.refType = :type and m.refId = :ref"
                        + " and m.topic in :topics and m.status = :pending"
                        + " and (m.claimedUntil is null or m.claimedUntil <= :now)")
                .setParameter("cancelled", OutboxStatus.CANCELLED).setParameter("reason", reason)
                .setParameter("now", now).setParameter("type", refType).setParameter("ref", refId)
                .setParameter("topics", topics).setParameter("pending", OutboxStatus.PENDING).executeUpdate();
    }

    /** Brings the record's waiting messages of a topic forward to now (they were due later). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int dueNow(String refType, UUID refId, String topic) {
        Instant now = Text.now(clock);
        return em.createQuery("update OutboxMessage m set m.dueAt = :now, m.updatedAt = :now where m.refType = :type"
                        + " and m.refId = :ref and m.topic = :topic and m.status = :pending and m.attempts = 0"
                        + " and m.dueAt > :now")
                .setParameter("now", now).setParameter("type", refType).setParameter("ref", refId)
                .setParameter("topic", topic).setParameter("pending", OutboxStatus.PENDING).executeUpdate();
    }

    /** Whether the record has any message of this topic, in any state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean has(String refType, UUID refId, String topic) {
        return !em.createQuery("select m.id from OutboxMessage m where m.refType = :type and m.refId = :ref"
                        + " and m.topic = :topic", UUID.class)
                .setParameter("type", refType).setParameter("ref", refId).setParameter("topic", topic)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** A record's messages, by due time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Paging.Slice<OutboxMessage> messages(String refType, UUID refId, int limit, String cursor) {
        Keyset<OutboxMessage> keyset = Keyset.parse(null, "dueAt", ORDER, "m.id", m -> m.id);
        QueryBuilder query = new QueryBuilder();
        query.and("m.refType = " + query.param(refType));
        query.and("m.refId = " + query.param(refId));
        return paging.page(MESSAGES, query, keyset, limit, cursor);
    }
}
