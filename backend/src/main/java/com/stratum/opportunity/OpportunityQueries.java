package com.stratum.opportunity;

import com.stratum.accountevent.CompellingEventType;
import com.stratum.common.ApiProblem;
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

    public OpportunityQueries(EntityManager em, Paging paging) {
        this.em = em;
        this.paging = paging;
    }

    @Transactional
    public OpportunityPage list(OpportunityFilter.Criteria filter, String sort, int limit, String cursor) {
        Keyset<Row> keyset = Keyset.parse(sort, "expectedCloseDate", SORTS, "o.id", r -> r.opportunity.id);
        QueryBuilder query = new QueryBuilder();
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
        return paging.page(LIST, query, keyset, limit, cursor).map(Row::view).to(OpportunityPage::new);
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
