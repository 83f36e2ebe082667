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
    /** The view's columns as plain values (no managed {@link Task}: a read has nothing to dirty-check). */
    private static final String COLUMNS = "t.id, t.title, t.accountId, a.name, t.contactId, c.name, t.opportunityId,"
            + " o.title, t.qbrId, t.assigneeId, u.name, t.dueDate, t.status, t.source, t.detail, t.followUpStep,"
            + " t.completedAt, t.completedBy, d.name, t.createdBy, cr.name, t.createdAt, t.updatedAt, t.version";
    /**
     * Counted from the tasks alone: every filter is on the task, account and assignee are never null and the rest
     * are left joins, so the count of an owner's open tasks reads one index and no account or user row. The page's
     * limit is written in ({@link Paging.Query#limitWritten}): with it bound, PostgreSQL planned the page's six-table
     * join again on every request (its generic plan, costed for a tenth of the matches, lost to the custom plans).
     */
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(COLUMNS, FROM, Row::of).countedFrom("Task t")
            .limitWritten();

    private record Row(UUID id, String title, UUID accountId, String accountName, UUID contactId, String contactName,
            UUID opportunityId, String opportunityTitle, UUID qbrId, UUID assigneeId, String assigneeName,
            LocalDate dueDate, TaskStatus status, TaskSource source, String detail, Integer followUpStep,
            Instant completedAt, UUID completedBy, String completedByName, UUID createdBy, String createdByName,
            Instant createdAt, Instant updatedAt, long version) {
        static Row of(Object[] r) {
            return new Row((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], (UUID) r[4], (String) r[5],
                    (UUID) r[6], (String) r[7], (UUID) r[8], (UUID) r[9], (String) r[10], (LocalDate) r[11],
                    (TaskStatus) r[12], (TaskSource) r[13], (String) r[14], (Integer) r[15], (Instant) r[16],
                    (UUID) r[17], (String) r[18], (UUID) r[19], (String) r[20], (Instant) r[21], (Instant) r[22],
                    ((Number) r[23]).longValue());
        }
    }

    private static final List<SortField<Row>> SORTS = List.of(
            new SortField<>("dueDate", "t.dueDate", ValueType.DATE, false, Row::dueDate),
            new SortField<>("createdAt", "t.createdAt", ValueType.INSTANT, false, Row::createdAt),
            new SortField<>("updatedAt", "t.updatedAt", ValueType.INSTANT, false, Row::updatedAt));

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
        return Keyset.parse(Sync.sort(updatedAfter, sort), "dueDate", SORTS, "t.id", Row::id);
    }

    private QueryBuilder filters(TaskFilter.Criteria filter, Instant updatedAfter) {
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "t.updatedAt", query);
        query.in("t.assigneeId", filter.assigneeIds());
        query.in("t.accountId", filter.accountIds());
        query.in("t.qbrId", filter.qbrIds());
        query.inConstants("t.status", filter.statuses());
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

    private static TaskView view(Row t, LocalDate today) {
        return new TaskView(t.id, t.title, t.accountId, t.accountName, t.contactId, t.contactName, t.opportunityId,
                t.opportunityTitle, t.qbrId, t.assigneeId, t.assigneeName, t.dueDate, t.status,
                t.status == TaskStatus.OPEN && t.dueDate.isBefore(today), t.source, t.detail, t.followUpStep,
                t.completedAt, t.completedBy, t.completedByName, t.createdBy, t.createdByName, t.createdAt,
                t.updatedAt, t.version);
    }
}
