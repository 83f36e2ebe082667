package com.stratum.task;

import java.time.Instant;
import com.stratum.common.Sync;
import com.stratum.common.ApiProblem;
import com.stratum.common.CsvExport;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Reads of tasks shaped for the API: one query per page (and its count), with the names of the account, contact,
 * opportunity, assignee, completer and creator joined in.
 */
@ApplicationScoped
public class TaskQueries {
    private static final String FROM = "Task t join Account a on a.id = t.accountId"
            + " join User u on u.id = t.assigneeId"
            + " left join Contact c on c.id = t.contactId"
            + " left join Opportunity o on o.id = t.opportunityId"
            + " left join User d on d.id = t.completedBy"
            + " left join User cr on cr.id = t.createdBy";
    private static final String COLUMNS = "t, a.name, c.name, o.title, u.name, d.name, cr.name";
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(COLUMNS, FROM, Row::of);

    private record Row(Task task, String accountName, String contactName, String opportunityTitle,
            String assigneeName, String completedByName, String createdByName) {
        static Row of(Object[] r) {
            return new Row((Task) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6]);
        }
    }

    private static final List<SortField<Row>> SORTS = List.of(
            new SortField<>("dueDate", "t.dueDate", ValueType.DATE, false, r -> r.task.dueDate),
            new SortField<>("createdAt", "t.createdAt", ValueType.INSTANT, false, r -> r.task.createdAt),
            new SortField<>("updatedAt", "t.updatedAt", ValueType.INSTANT, false, r -> r.task.updatedAt));

    private final EntityManager em;
    private final Paging paging;
    private final Clock clock;

    private final Sync sync;
    private final CsvExport csv;

    public TaskQueries(EntityManager em, Paging paging, Clock clock, Sync sync, CsvExport csv) {
        this.sync = sync;
        this.csv = csv;
        this.em = em;
        this.paging = paging;
        this.clock = clock;
    }

    /** The columns of the tasks list as CSV, as the contract names them. */
    public static final String CSV = "id,title,accountId,accountName,contactId,contactName,opportunityId,"
            + "opportunityTitle,qbrId,assigneeId,assigneeName,dueDate,status,overdue,source,followUpStep,completedAt,"
            + "completedById,completedByName,createdById,createdByName,createdAt,updatedAt,version";
    private static final CsvExport.Columns<TaskView> CSV_COLUMNS = CsvExport.columns(CSV, TaskView.class);

    @Transactional
    public TaskPage list(TaskFilter.Criteria filter, Instant updatedAfter, String sort, int limit, String cursor) {
        LocalDate today = LocalDate.now(clock);
        return paging.page(LIST, filters(filter, updatedAfter), keyset(updatedAfter, sort), limit, cursor)
                .map(r -> view(r, today)).to(TaskPage::new);
    }

    /** Every task the filters match, in the list's order, as CSV streamed from a cursor. */
    public jakarta.ws.rs.core.Response csv(TaskFilter.Criteria filter, Instant updatedAfter, String sort) {
        LocalDate today = LocalDate.now(clock);
        return csv.response("tasks", LIST, filters(filter, updatedAfter), keyset(updatedAfter, sort),
                rows -> rows.stream().map(r -> view(r, today)).toList(), CSV_COLUMNS, em -> { });
    }

    private static Keyset<Row> keyset(Instant updatedAfter, String sort) {
        return Keyset.parse(Sync.sort(updatedAfter, sort), "dueDate", SORTS, "t.id", r -> r.task.id);
    }

    private QueryBuilder filters(TaskFilter.Criteria filter, Instant updatedAfter) {
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "t.updatedAt", query);
        query.in("t.assigneeId", filter.assigneeIds());
        query.in("t.accountId", filter.accountIds());
        query.in("t.qbrId", filter.qbrIds());
        query.in("t.status", filter.statuses());
        query.in("t.source", filter.sources());
        if (filter.dueBefore() != null) {
            query.and("t.dueDate < " + query.param(filter.dueBefore()));
        }
        return query;
    }

    @Transactional
    public TaskView view(UUID id) {
        List<Object[]> rows = em.createQuery("select " + COLUMNS + " from " + FROM + " where t.id = :id",
                Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("task", id);
        }
        return view(Row.of(rows.get(0)), LocalDate.now(clock));
    }

    public Task find(UUID id) {
        Task task = Task.findById(id);
        if (task == null) {
            throw ApiProblem.notFound("task", id);
        }
        return task;
    }

    private static TaskView view(Row r, LocalDate today) {
        Task t = r.task;
        return new TaskView(t.id, t.title, t.accountId, r.accountName, t.contactId, r.contactName, t.opportunityId,
                r.opportunityTitle, t.qbrId, t.assigneeId, r.assigneeName, t.dueDate, t.status,
                t.status == TaskStatus.OPEN && t.dueDate.isBefore(today), t.source, t.detail, t.followUpStep, t.completedAt,
                t.completedBy, r.completedByName, t.createdBy, r.createdByName, t.createdAt, t.updatedAt, t.version);
    }
}
