package com.stratum.contract;

import com.stratum.common.ApiProblem;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import com.stratum.common.Sync;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads of contracts: one query per page (and its count), with the lead time of the account's tier. */
@ApplicationScoped
public class ContractQueries {
    private static final String FROM = "Contract c join Account a on a.id = c.accountId"
            + " join TierPolicy tp on tp.tier = a.tier";
    private static final String COLUMNS = "c, tp.renewalLeadDays";
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(COLUMNS, FROM, Row::of);

    private record Row(Contract contract, int leadDays) {
        static Row of(Object[] r) {
            return new Row((Contract) r[0], ((Number) r[1]).intValue());
        }

        ContractView view() {
            return ContractView.of(contract, leadDays);
        }
    }

    private static final List<SortField<Row>> SORTS = List.of(
            new SortField<>("endDate", "c.endDate", ValueType.DATE, false, r -> r.contract.endDate),
            new SortField<>("startDate", "c.startDate", ValueType.DATE, false, r -> r.contract.startDate),
            new SortField<>("updatedAt", "c.updatedAt", ValueType.INSTANT, false, r -> r.contract.updatedAt));

    private final EntityManager em;
    private final Paging paging;
    private final Sync sync;

    public ContractQueries(EntityManager em, Paging paging, Sync sync) {
        this.em = em;
        this.paging = paging;
        this.sync = sync;
    }

    @Transactional
    public ContractPage list(UUID accountId, Instant updatedAfter, String sort, int limit, String cursor) {
        Keyset<Row> keyset = Keyset.parse(Sync.sort(updatedAfter, sort), "-endDate", SORTS, "c.id", r -> r.contract.id);
        QueryBuilder query = new QueryBuilder().and("c.accountId = :account").bind("account", accountId);
        sync.bound(updatedAfter, "c.updatedAt", query);
        return paging.page(LIST, query, keyset, limit, cursor).map(Row::view).to(ContractPage::new);
    }

    @Transactional
    public ContractView view(UUID id) {
        List<Object[]> rows = em.createQuery("select " + COLUMNS + " from " + FROM + " where c.id = :id",
                Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("contract", id);
        }
        return Row.of(rows.get(0)).view();
    }

    public Contract find(UUID id) {
        Contract contract = Contract.findById(id);
        if (contract == null) {
            throw ApiProblem.notFound("contract", id);
        }
        return contract;
    }
}
