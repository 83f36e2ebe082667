package com.stratum.handoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.common.ApiProblem;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.Sync;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads of handoffs shaped for the API: one query per page (and its count), with the names joined in. */
@ApplicationScoped
public class HandoffQueries {
    private static final String FROM = "Handoff h join Account a on a.id = h.accountId"
            + " left join User f on f.id = h.fromUserId join User t on t.id = h.toUserId"
            + " left join User c on c.id = h.createdBy left join User d on d.id = h.decidedBy";
    private static final String COLUMNS = "h, a.name, f.name, t.name, c.name, d.name";
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(COLUMNS, FROM, Row::of);
    private static final List<SortField<Row>> ORDER = List.of(
            new SortField<>("createdAt", "h.createdAt", SortField.ValueType.INSTANT, false, r -> r.handoff.createdAt),
            new SortField<>("updatedAt", "h.updatedAt", SortField.ValueType.INSTANT, false, r -> r.handoff.updatedAt));
    private static final TypeReference<List<ChecklistSection>> SECTIONS = new TypeReference<>() {
    };

    private record Row(Handoff handoff, String accountName, String fromName, String toName, String createdByName,
            String decidedByName) {
        static Row of(Object[] r) {
            return new Row((Handoff) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5]);
        }
    }

    /** What a list of handoffs may be narrowed to; empty lists mean any. */
    public record Criteria(UUID accountId, List<UUID> toUserIds, List<UUID> fromUserIds, List<HandoffStatus> statuses) {
    }

    private final EntityManager em;
    private final Paging paging;
    private final Sync sync;
    private final ObjectMapper json;

    public HandoffQueries(EntityManager em, Paging paging, Sync sync, ObjectMapper json) {
        this.em = em;
        this.paging = paging;
        this.sync = sync;
        this.json = json;
    }

    @Transactional
    public HandoffPage list(Criteria criteria, Instant updatedAfter, int limit, String cursor) {
        Keyset<Row> keyset = Keyset.parse(Sync.sort(updatedAfter, null), "-createdAt", ORDER, "h.id",
                r -> r.handoff.id);
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "h.updatedAt", query);
        if (criteria.accountId() != null) {
            query.and("h.accountId = " + query.param(criteria.accountId()));
        }
        query.in("h.toUserId", criteria.toUserIds());
        query.in("h.fromUserId", criteria.fromUserIds());
        query.in("h.status", criteria.statuses());
        return paging.page(LIST, query, keyset, limit, cursor).map(this::view).to(HandoffPage::new);
    }

    @Transactional
    public HandoffView view(UUID id) {
        List<Object[]> rows = em.createQuery("select " + COLUMNS + " from " + FROM + " where h.id = :id",
                Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("handoff", id);
        }
        return view(Row.of(rows.get(0)));
    }

    String write(List<ChecklistSection> checklist) {
        try {
            return json.writeValueAsString(checklist);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A checklist could not be written as JSON", e);
        }
    }

    List<ChecklistSection> checklist(Handoff h) {
        try {
            return json.readValue(h.checklist, SECTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("handoff " + h.id + " holds an unreadable checklist", e);
        }
    }

    private HandoffView view(Row row) {
        Handoff h = row.handoff();
        List<ChecklistSection> checklist = checklist(h);
        return new HandoffView(h.id, h.accountId, row.accountName(), h.tier, h.fromUserId, row.fromName(),
                h.toUserId, row.toName(), h.status, h.note, checklist, h.createdBy, row.createdByName(), h.createdAt,
                h.decidedBy, row.decidedByName(), h.decidedAt, h.declineReason, h.version);
    }
}
