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
import java.util.List;
import java.util.UUID;

/** Reads of compelling events: one query per page (and its count), account, contact and reviewer names joined in. */
@ApplicationScoped
public class AccountEventQueries {
    private static final String FROM = "AccountEvent e join Account a on a.id = e.accountId"
            + " left join Contact c on c.id = e.contactId left join User r on r.id = e.reviewedBy";
    private static final String COLUMNS = "e, a.name, a.ownerId, c.name, r.name";
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(COLUMNS, FROM, Row::of);

    private record Row(AccountEvent event, String accountName, UUID ownerId, String contactName, String reviewer) {
        EventView view(Instant now) {
            return EventView.of(event, accountName, ownerId, contactName, reviewer, now);
        }

        static Row of(Object[] r) {
            return new Row((AccountEvent) r[0], (String) r[1], (UUID) r[2], (String) r[3], (String) r[4]);
        }
    }

    private static final List<SortField<Row>> SORTS = List.of(
            new SortField<>("createdAt", "e.createdAt", ValueType.INSTANT, false, r -> r.event.createdAt),
            new SortField<>("occurredOn", "e.occurredOn", ValueType.DATE, false, r -> r.event.occurredOn),
            new SortField<>("reviewDueAt", "e.reviewDueAt", ValueType.INSTANT, false, r -> r.event.reviewDueAt),
            new SortField<>("updatedAt", "e.updatedAt", ValueType.INSTANT, false, r -> r.event.updatedAt));

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
        Keyset<Row> keyset = Keyset.parse(Sync.sort(updatedAfter, sort), "-createdAt", SORTS, "e.id", r -> r.event.id);
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "e.updatedAt", query);
        query.in("e.accountId", filter.accountIds());
        query.in("a.ownerId", filter.ownerIds());
        query.in("e.status", filter.statuses());
        query.in("e.type", filter.types());
        if (filter.reviewOverdue() != null) {
            String isNew = query.param(EventStatus.NEW);
            String at = query.param(now);
            query.and(filter.reviewOverdue() ? "(e.status = " + isNew + " and e.reviewDueAt < " + at + ")"
                    : "(e.status <> " + isNew + " or e.reviewDueAt >= " + at + ")");
        }
        return paging.page(LIST, query, keyset, limit, cursor).map(r -> r.view(now)).to(EventPage::new);
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
