package com.stratum.opportunity;

import java.time.Instant;
import com.stratum.common.Sync;
import com.stratum.accountevent.CompellingEventType;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Reads of opportunities for the API: one query per page (and its count), account and owner names joined in. */
@ApplicationScoped
public class OpportunityQueries {
    private static final String FROM = "Opportunity o join Account a on a.id = o.accountId"
            + " left join User u on u.id = o.ownerId left join AccountEvent ev on ev.id = o.compellingEventId";
    /** The weighted amount comes from the SQL function the reports use (V11): the formula exists once. */
    private static final String COLUMNS = "o, a.name, u.name, function('weighted_amount', o.amount, o.probability),"
            + " ev.type, ev.occurredOn, ev.description";
    private static final String SELECT = "select " + COLUMNS + " from " + FROM;
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(COLUMNS, FROM, Row::of);
    private static final Paging.Query<StageChange> HISTORY = Paging.Query.of("c", "StageChange c", StageChange.class);

    private record Row(Opportunity opportunity, String accountName, String ownerName, BigDecimal weightedAmount,
            CompellingEvent event) {
        OpportunityView view() {
            return OpportunityView.of(opportunity, accountName, ownerName, weightedAmount, event);
        }

        static Row of(Object[] r) {
            CompellingEvent event = r[4] == null ? null
                    : new CompellingEvent((CompellingEventType) r[4], (LocalDate) r[5], (String) r[6]);
            return new Row((Opportunity) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], event);
        }
    }

    private static final List<SortField<Row>> SORTS = List.of(
            new SortField<>("expectedCloseDate", "o.expectedCloseDate", ValueType.DATE, false,
                    r -> r.opportunity.expectedCloseDate),
            new SortField<>("amount", "o.amount", ValueType.DECIMAL, false, r -> r.opportunity.amount),
            new SortField<>("updatedAt", "o.updatedAt", ValueType.INSTANT, false, r -> r.opportunity.updatedAt));
    private static final List<SortField<StageChange>> HISTORY_ORDER = List.of(
            new SortField<>("changedAt", "c.changedAt", ValueType.INSTANT, false, c -> c.changedAt));

    private final EntityManager em;
    private final Paging paging;

    private final Sync sync;
    private final CsvExport csv;

    public OpportunityQueries(EntityManager em, Paging paging, Sync sync, CsvExport csv) {
        this.sync = sync;
        this.csv = csv;
        this.em = em;
        this.paging = paging;
    }

    /** The columns of the opportunities list as CSV, as the contract names them. */
    public static final String CSV = "id,accountId,accountName,type,title,product,amount,stage,probability,"
            + "weightedAmount,expectedCloseDate,ownerId,ownerName,compellingEventId,nextStep,lossReason,closed,"
            + "closedAt,createdAt,updatedAt,version";
    private static final CsvExport.Columns<OpportunityView> CSV_COLUMNS = CsvExport.columns(CSV,
            OpportunityView.class);

    @Transactional
    public OpportunityPage list(OpportunityFilter.Criteria filter, Instant updatedAfter, String sort, int limit,
            String cursor) {
        return paging.page(LIST, filters(filter, updatedAfter), keyset(updatedAfter, sort), limit, cursor)
                .map(Row::view).to(OpportunityPage::new);
    }

    /** Every opportunity the filters match, in the list's order, as CSV streamed from a cursor. */
    public jakarta.ws.rs.core.Response csv(OpportunityFilter.Criteria filter, Instant updatedAfter, String sort) {
        return csv.response("opportunities", LIST, filters(filter, updatedAfter), keyset(updatedAfter, sort),
                rows -> rows.stream().map(Row::view).toList(), CSV_COLUMNS, em -> { });
    }

    private static Keyset<Row> keyset(Instant updatedAfter, String sort) {
        return Keyset.parse(Sync.sort(updatedAfter, sort), "expectedCloseDate", SORTS, "o.id", r -> r.opportunity.id);
    }

    private QueryBuilder filters(OpportunityFilter.Criteria filter, Instant updatedAfter) {
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "o.updatedAt", query);
        query.in("o.accountId", filter.accountIds());
        query.in("o.type", filter.types());
        query.in("o.stage", filter.stages());
        query.in("o.ownerId", filter.ownerIds());
        query.in("ev.type", filter.eventTypes());
        query.in("a.tier", filter.tiers());
        if (filter.closedAfter() != null) {
            query.and("o.closedAt >= " + query.param(filter.closedAfter().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (filter.closedBefore() != null) {
            query.and("o.closedAt < "
                    + query.param(filter.closedBefore().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (filter.open() != null) {
            query.and(filter.open() ? "o.closedAt is null" : "o.closedAt is not null");
        }
        if (filter.closeBefore() != null) {
            query.and("o.expectedCloseDate <= " + query.param(filter.closeBefore()));
        }
        if (filter.closeAfter() != null) {
            query.and("o.expectedCloseDate >= " + query.param(filter.closeAfter()));
        }
        if (filter.minAmount() != null) {
            query.and("o.amount >= " + query.param(filter.minAmount()));
        }
        return query;
    }

    @Transactional
    public OpportunityView view(UUID id) {
        List<Object[]> rows = em.createQuery(SELECT + " where o.id = :id", Object[].class).setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("opportunity", id);
        }
        return Row.of(rows.get(0)).view();
    }

    @Transactional
    public StageChangePage history(UUID id, int limit, String cursor) {
        find(id);
        Keyset<StageChange> keyset = Keyset.parse(null, "-changedAt", HISTORY_ORDER, "c.id", c -> c.id);
        QueryBuilder query = new QueryBuilder();
        query.and("c.opportunityId = " + query.param(id));
        return paging.page(HISTORY, query, keyset, limit, cursor).map(StageChangeView::of).to(StageChangePage::new);
    }

    public Opportunity find(UUID id) {
        Opportunity opportunity = Opportunity.findById(id);
        if (opportunity == null) {
            throw ApiProblem.notFound("opportunity", id);
        }
        return opportunity;
    }

}
