package com.stratum.survey;

import com.stratum.common.CsvExport;
import java.time.Instant;
import com.stratum.common.Sync;
import com.stratum.account.AccountQueries;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField.ValueType;
import com.stratum.common.SortField;
import com.stratum.grade.Grade;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The QBR list and an account's grade trend: one query per page and its count (the trend one more for grades). */
@ApplicationScoped
public class QbrQueries {
    // The QBR's columns as values, never the managed Qbr: a page read has nothing to dirty-check or flush.
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(
            "q.id, q.accountId, q.status, q.scheduledFor, q.respondentName, q.respondentEmail, q.sentAt,"
                    + " q.answeredAt, q.overallGrade, q.overallPoints, q.failing, q.npsScore, q.createdAt,"
                    + " q.updatedAt, q.version, a.name, a.tier, a.ownerId, o.name, f.status, a.nextQbrDue",
            "Qbr q join Account a on a.id = q.accountId left join User o on o.id = a.ownerId"
                    + " left join QbrFollowUp f on f.qbrId = q.id", Row::of);
    private static final Paging.Query<Qbr> TREND = Paging.Query.of("q", "Qbr q", Qbr.class);

    private record Row(UUID id, UUID accountId, QbrStatus status, LocalDate scheduledFor, String respondentName,
            String respondentEmail, Instant sentAt, Instant answeredAt, Grade overallGrade, BigDecimal overallPoints,
            Boolean failing, Integer npsScore, Instant createdAt, Instant updatedAt, long version, String accountName,
            Tier tier, UUID ownerId, String ownerName, FollowUpStatus followUp, LocalDate nextQbrDue) {
        static Row of(Object[] r) {
            return new Row((UUID) r[0], (UUID) r[1], (QbrStatus) r[2], (LocalDate) r[3], (String) r[4],
                    (String) r[5], (Instant) r[6], (Instant) r[7], (Grade) r[8], (BigDecimal) r[9], (Boolean) r[10],
                    (Integer) r[11], (Instant) r[12], (Instant) r[13], ((Number) r[14]).longValue(), (String) r[15],
                    (Tier) r[16], (UUID) r[17], (String) r[18], (FollowUpStatus) r[19], (LocalDate) r[20]);
        }
    }

    private static final List<SortField<Row>> SORTS = List.of(
            new SortField<>("createdAt", "q.createdAt", ValueType.INSTANT, false, r -> r.createdAt()),
            new SortField<>("scheduledFor", "q.scheduledFor", ValueType.DATE, false, r -> r.scheduledFor()),
            new SortField<>("answeredAt", "q.answeredAt", ValueType.INSTANT, true, r -> r.answeredAt()),
            new SortField<>("updatedAt", "q.updatedAt", ValueType.INSTANT, false, r -> r.updatedAt()));
    private static final List<SortField<Qbr>> TREND_ORDER = List.of(
            new SortField<>("answeredAt", "q.answeredAt", ValueType.INSTANT, false, q -> q.answeredAt));

    private final EntityManager em;
    private final Paging paging;
    private final AccountQueries accounts;
    private final Clock clock;

    private final Sync sync;

    private final CsvExport csv;

    public QbrQueries(EntityManager em, Paging paging, AccountQueries accounts, Clock clock, Sync sync,
            CsvExport csv) {
        this.sync = sync;
        this.csv = csv;
        this.em = em;
        this.paging = paging;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The columns of the QBRs list as CSV, as the contract names them. */
    public static final String CSV = "id,accountId,accountName,tier,ownerId,ownerName,status,scheduledFor,"
            + "respondentName,respondentEmail,sentAt,answeredAt,overallGrade,overallPoints,failing,npsScore,"
            + "followUpStatus,accountQbrOverdue,createdAt,updatedAt,version";
    private static final CsvExport.Columns<QbrSummary> CSV_COLUMNS = CsvExport.columns(CSV, QbrSummary.class);

    @Transactional
    public QbrPage list(QbrFilter.Criteria filter, Instant updatedAfter, String sort, int limit, String cursor) {
        LocalDate today = LocalDate.now(clock);
        return paging.page(LIST, filters(filter, updatedAfter), keyset(updatedAfter, sort), limit, cursor)
                .map(r -> summary(r, today)).to(QbrPage::new);
    }

    /** Every QBR the filters match, in the list's order, as CSV streamed from a cursor. */
    public jakarta.ws.rs.core.Response csv(QbrFilter.Criteria filter, Instant updatedAfter, String sort) {
        LocalDate today = LocalDate.now(clock);
        return csv.response("qbrs", LIST, filters(filter, updatedAfter), keyset(updatedAfter, sort),
                rows -> rows.stream().map(r -> summary(r, today)).toList(), CSV_COLUMNS, em -> { });
    }

    private static Keyset<Row> keyset(Instant updatedAfter, String sort) {
        return Keyset.parse(Sync.sort(updatedAfter, sort), "-createdAt", SORTS, "q.id", r -> r.id());
    }

    private static QbrSummary summary(Row r, LocalDate today) {
        return new QbrSummary(r.id, r.accountId, r.accountName, r.tier, r.ownerId, r.ownerName, r.status,
                r.scheduledFor, r.respondentName, r.respondentEmail, r.sentAt, r.answeredAt, r.overallGrade,
                r.overallPoints, r.failing, r.npsScore, r.followUp, r.nextQbrDue.isBefore(today), r.createdAt,
                r.updatedAt, r.version);
    }

    private QueryBuilder filters(QbrFilter.Criteria filter, Instant updatedAfter) {
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "q.updatedAt", query);
        query.in("q.accountId", filter.accountIds());
        query.in("q.status", filter.statuses());
        query.in("a.ownerId", filter.ownerIds());
        query.in("a.tier", filter.tiers());
        if (filter.failing() != null) {
            query.and("q.failing = " + query.param(filter.failing()));
        }
        if (filter.answeredFrom() != null) {
            query.and("q.answeredAt >= " + query.param(filter.answeredFrom().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (filter.answeredTo() != null) {
            query.and("q.answeredAt < "
                    + query.param(filter.answeredTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return query;
    }

    @Transactional
    public GradeTrendPage trend(UUID accountId, int limit, String cursor) {
        accounts.find(accountId);
        Keyset<Qbr> keyset = Keyset.parse(null, "answeredAt", TREND_ORDER, "q.id", q -> q.id);
        QueryBuilder query = new QueryBuilder();
        query.and("q.accountId = " + query.param(accountId));
        query.and("q.status = " + query.param(QbrStatus.ANSWERED));
        Paging.Slice<Qbr> page = paging.page(TREND, query, keyset, limit, cursor);
        Map<UUID, List<GradeTrendPage.QuestionGrade>> grades = new HashMap<>();
        if (!page.items().isEmpty()) {
            QueryBuilder answers = new QueryBuilder().and("qq.id = ans.questionId")
                    .in("ans.qbrId", page.items().stream().map(q -> q.id).toList()).and("ans.grade is not null");
            answers.create(em, "select ans.qbrId, ans.questionId, qq.text, ans.grade from QbrAnswer ans, SurveyQuestion qq"
                            + answers.where() + " order by qq.position", Object[].class)
                    .getResultList()
                    .forEach(r -> grades.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                            .add(new GradeTrendPage.QuestionGrade((UUID) r[1], (String) r[2], (Grade) r[3])));
        }
        return page.map(q -> new GradeTrendPage.Point(q.id, q.answeredAt, q.overallGrade, q.overallPoints,
                grades.getOrDefault(q.id, List.of()))).to(GradeTrendPage::new);
    }

}
