package com.stratum.activity;

import com.stratum.common.CsvExport;
import java.time.Instant;
import com.stratum.common.Sync;
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
            new SortField<>("occurredAt", "x.occurredAt", ValueType.INSTANT, false, r -> r.activity.occurredAt),
            new SortField<>("updatedAt", "x.updatedAt", ValueType.INSTANT, false, r -> r.activity.updatedAt));

    private final EntityManager em;
    private final Paging paging;

    private final Sync sync;
    private final CsvExport csv;

    public ActivityQueries(EntityManager em, Paging paging, Sync sync, CsvExport csv) {
        this.sync = sync;
        this.csv = csv;
        this.em = em;
        this.paging = paging;
    }

    /** The columns of the activities list as CSV, as the contract names them. */
    public static final String CSV = "id,accountId,type,occurredAt,summary,body,contactIds,opportunityId,"
            + "opportunityTitle,qbrId,authorId,authorName,source,externalId,createdAt,updatedAt,version";
    private static final CsvExport.Columns<ActivityView> CSV_COLUMNS = CsvExport.columns(CSV, ActivityView.class);

    /** Activities of any of {@code accountIds} (every account when empty), newest first unless sorted otherwise. */
    @Transactional
    public ActivityPage list(List<UUID> accountIds, Instant updatedAfter, String sort, int limit, String cursor) {
        Paging.Slice<Row> page = paging.page(LIST, filters(accountIds, updatedAfter), keyset(updatedAfter, sort),
                limit, cursor);
        return new Paging.Slice<>(views(page.items()), page.nextCursor(), page.total(), page.totalIsEstimate())
                .to(ActivityPage::new);
    }

    /** Every activity the filters match, in the list's order, as CSV streamed from a cursor. */
    public jakarta.ws.rs.core.Response csv(List<UUID> accountIds, Instant updatedAfter, String sort) {
        return csv.response("activities", LIST, filters(accountIds, updatedAfter), keyset(updatedAfter, sort),
                this::views, CSV_COLUMNS, em -> { });
    }

    private static Keyset<Row> keyset(Instant updatedAfter, String sort) {
        return Keyset.parse(Sync.sort(updatedAfter, sort), "-occurredAt", SORTS, "x.id", r -> r.activity.id);
    }

    private QueryBuilder filters(List<UUID> accountIds, Instant updatedAfter) {
        QueryBuilder query = new QueryBuilder();
        query.in("x.accountId", accountIds);
        sync.bound(updatedAfter, "x.updatedAt", query);
        return query;
    }

    /** The rows' views, their contacts read in one statement. */
    private List<ActivityView> views(List<Row> rows) {
        Map<UUID, List<ActivityView.ContactRef>> contacts = contacts(rows.stream().map(r -> r.activity.id).toList());
        return rows.stream().map(r -> ActivityView.of(r.activity, contacts.getOrDefault(r.activity.id, List.of()),
                r.opportunityTitle, r.authorName)).toList();
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
