package com.stratum.accountevent;

import com.stratum.common.ApiProblem;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import com.stratum.common.Sync;
import com.stratum.common.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reads of compelling events: one query per page (and its count), account, contact and reviewer names joined in. */
@ApplicationScoped
public class AccountEventQueries {
    private static final String FROM = "AccountEvent e join Account a on a.id = e.accountId"
            + " left join Contact c on c.id = e.contactId left join User r on r.id = e.reviewedBy";
    /** The view's columns as plain values (no managed {@link AccountEvent}: a read has nothing to dirty-check). */
    private static final String COLUMNS = "e.id, e.accountId, a.name, a.ownerId, e.type, e.occurredOn, e.description,"
            + " e.source, e.contactId, c.name, e.status, e.reviewNote, e.reviewDueAt, e.reviewedAt, r.name,"
            + " e.opportunityId, e.createdAt, e.updatedAt, e.version";
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(COLUMNS, FROM, Row::of);
    /**
     * Without an owner filter the count reads the events alone (every event has its account; contact and reviewer
     * are left joins): the review queue's count walks one index instead of joining an account per match.
     */
    private static final Paging.Query<Row> LIST_COUNTED_ALONE = LIST.countedFrom("AccountEvent e");
    /**
     * With an owner filter the page's limit is written into the statement: with a bound one the generic plan walks
     * the company's NEW events newest first and joins each to its account (50 ms at 20,000 accounts) instead of
     * reading the owner's accounts' NEW events (0.5 ms).
     */
    private static final Paging.Query<Row> LIST_OF_OWNERS = LIST.limitWritten();

    private record Row(UUID id, UUID accountId, String accountName, UUID ownerId, CompellingEventType type,
            LocalDate occurredOn, String description, EventSource source, UUID contactId, String contactName,
            EventStatus status, String reviewNote, Instant reviewDueAt, Instant reviewedAt, String reviewer,
            UUID opportunityId, Instant createdAt, Instant updatedAt, long version) {
        EventView view(Instant now) {
            return new EventView(id, accountId, accountName, ownerId, type, occurredOn, description, source,
                    contactId, contactName, status, reviewNote, reviewDueAt,
                    ReviewDeadline.overdue(status, reviewDueAt, now), reviewedAt, reviewer, opportunityId, createdAt,
                    updatedAt, version);
        }

        static Row of(Object[] r) {
            return new Row((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], (CompellingEventType) r[4],
                    (LocalDate) r[5], (String) r[6], (EventSource) r[7], (UUID) r[8], (String) r[9],
                    (EventStatus) r[10], (String) r[11], (Instant) r[12], (Instant) r[13], (String) r[14],
                    (UUID) r[15], (Instant) r[16], (Instant) r[17], ((Number) r[18]).longValue());
        }
    }

    private static final List<SortField<Row>> SORTS = List.of(
            new SortField<>("createdAt", "e.createdAt", ValueType.INSTANT, false, Row::createdAt),
            new SortField<>("occurredOn", "e.occurredOn", ValueType.DATE, false, Row::occurredOn),
            new SortField<>("reviewDueAt", "e.reviewDueAt", ValueType.INSTANT, false, Row::reviewDueAt),
            new SortField<>("updatedAt", "e.updatedAt", ValueType.INSTANT, false, Row::updatedAt));

    private final EntityManager em;
    private final Paging paging;
    private final Sync sync;
    private final Clock clock;

    public AccountEventQueries(EntityManager em, Paging paging, Sync sync, Clock clock) {
        this.em = em;
        this.paging = paging;
        this.sync = sync;
        this.clock = clock;
    }

    @Transactional
    public EventPage list(EventFilter.Criteria filter, Instant updatedAfter, String sort, int limit, String cursor) {
        Instant now = Text.now(clock);
        Keyset<Row> keyset = Keyset.parse(Sync.sort(updatedAfter, sort), "-createdAt", SORTS, "e.id", Row::id);
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "e.updatedAt", query);
        query.in("e.accountId", filter.accountIds());
        query.in("a.ownerId", filter.ownerIds());
        query.inConstants("e.status", filter.statuses());
        query.in("e.type", filter.types());
        if (filter.reviewOverdue() != null) {
            String isNew = QueryBuilder.literal(EventStatus.NEW); // a literal: the partial indexes on NEW serve it
            String at = query.param(now);
            query.and(filter.reviewOverdue() ? "(e.status = " + isNew + " and e.reviewDueAt < " + at
                    + " and e.createdAt < " + query.param(ReviewDeadline.overdueRecordedBefore(now)) + ")"
                    : "(e.status <> " + isNew + " or e.reviewDueAt >= " + at + ")");
        }
        Paging.Query<Row> list = filter.ownerIds().isEmpty() ? LIST_COUNTED_ALONE : LIST_OF_OWNERS;
        return paging.page(list, query, keyset, limit, cursor).map(r -> r.view(now)).to(EventPage::new);
    }

    @Transactional
    public EventView view(UUID id) {
        List<Object[]> rows = em.createQuery("select " + COLUMNS + " from " + FROM + " where e.id = :id",
                Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("event", id);
        }
        return Row.of(rows.get(0)).view(Text.now(clock));
    }

    public AccountEvent find(UUID id) {
        AccountEvent event = AccountEvent.findById(id);
        if (event == null) {
            throw ApiProblem.notFound("event", id);
        }
        return event;
    }
}
