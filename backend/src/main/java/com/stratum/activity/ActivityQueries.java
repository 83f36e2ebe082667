package com.stratum.activity;

import com.stratum.common.ApiProblem;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads of activities shaped for the API: one query per page (and its count) with the author's name and the
 * opportunity's title joined in, and one more for the contacts of the whole page.
 */
@ApplicationScoped
public class ActivityQueries {
    private static final String FROM = "Activity x left join User u on u.id = x.authorId"
            + " left join Opportunity o on o.id = x.opportunityId";
    private static final String COLUMNS = "x, u.name, o.title";
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(COLUMNS, FROM, Row::of);

    private record Row(Activity activity, String authorName, String opportunityTitle) {
        static Row of(Object[] r) {
            return new Row((Activity) r[0], (String) r[1], (String) r[2]);
        }
    }

    private static final List<SortField<Row>> SORTS = List.of(
            new SortField<>("occurredAt", "x.occurredAt", ValueType.INSTANT, false, r -> r.activity.occurredAt));

    private final EntityManager em;
    private final Paging paging;

    public ActivityQueries(EntityManager em, Paging paging) {
        this.em = em;
        this.paging = paging;
    }

    /** An account's activities, newest first unless sorted otherwise. */
    @Transactional
    public ActivityPage list(UUID accountId, String sort, int limit, String cursor) {
        Keyset<Row> keyset = Keyset.parse(sort, "-occurredAt", SORTS, "x.id", r -> r.activity.id);
        QueryBuilder query = new QueryBuilder();
        query.and("x.accountId = " + query.param(accountId));
        Paging.Slice<Row> page = paging.page(LIST, query, keyset, limit, cursor);
        Map<UUID, List<ActivityView.ContactRef>> contacts = contacts(page.items().stream()
                .map(r -> r.activity.id).toList());
        return page.map(r -> ActivityView.of(r.activity, contacts.getOrDefault(r.activity.id, List.of()),
                r.opportunityTitle, r.authorName)).to(ActivityPage::new);
    }

    @Transactional
    public ActivityView view(UUID id) {
        List<Object[]> rows = em.createQuery("select " + COLUMNS + " from " + FROM + " where x.id = :id",
                Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("activity", id);
        }
        Row row = Row.of(rows.get(0));
        return ActivityView.of(row.activity, contacts(List.of(id)).getOrDefault(id, List.of()), row.opportunityTitle,
                row.authorName);
    }

    public Activity find(UUID id) {
        Activity activity = Activity.findById(id);
        if (activity == null) {
            throw ApiProblem.notFound("activity", id);
        }
        return activity;
    }

    /** The contacts of each of the activities, by name, in one statement. */
    Map<UUID, List<ActivityView.ContactRef>> contacts(Collection<UUID> activityIds) {
        Map<UUID, List<ActivityView.ContactRef>> byActivity = new LinkedHashMap<>();
        if (activityIds.isEmpty()) {
            return byActivity;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select ac.activity_id, c.id, c.name from activity_contact ac join contact c on c.id = ac.contact_id
                         where ac.activity_id in (:ids) order by c.name, c.id""")
                .setParameter("ids", activityIds).getResultList();
        for (Object[] r : rows) {
            byActivity.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new ActivityView.ContactRef((UUID) r[1], (String) r[2]));
        }
        return byActivity;
    }
}
