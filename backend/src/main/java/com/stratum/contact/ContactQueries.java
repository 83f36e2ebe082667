package com.stratum.contact;

import com.stratum.common.ApiProblem;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.QueryParams;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Reads of contacts and business units shaped for the API: one query per page (and its count), with the names of
 * the account, unit, manager and relationship owner joined in.
 */
@ApplicationScoped
public class ContactQueries {
    private static final String FROM = "Contact c join Account a on a.id = c.accountId"
            + " left join BusinessUnit b on b.id = c.businessUnitId"
            + " left join Contact r on r.id = c.reportsToId"
            + " left join User o on o.id = c.relationshipOwnerId";
    private static final String COLUMNS = "c, a.name, b.name, r.name, o.name";
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(COLUMNS, FROM, Row::of);

    private record Row(Contact contact, String accountName, String unitName, String reportsToName, String ownerName) {
        ContactView view() {
            return ContactView.of(contact, accountName, unitName, reportsToName, ownerName);
        }

        static Row of(Object[] r) {
            return new Row((Contact) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]);
        }
    }

    private static final List<SortField<Row>> SORTS = List.of(
            new SortField<>("name", "c.name", ValueType.STRING, false, r -> r.contact.name),
            new SortField<>("createdAt", "c.createdAt", ValueType.INSTANT, false, r -> r.contact.createdAt),
            new SortField<>("updatedAt", "c.updatedAt", ValueType.INSTANT, false, r -> r.contact.updatedAt));

    private static final String UNIT_FROM = "BusinessUnit u left join BusinessUnit p on p.id = u.parentId";
    private static final String UNIT_COLUMNS = "u, p.name, (select count(c) from Contact c"
            + " where c.businessUnitId = u.id and c.leftCompanyOn is null)";
    private static final Paging.Query<UnitRow> UNITS = Paging.Query.ofRows(UNIT_COLUMNS, UNIT_FROM, UnitRow::of);

    private record UnitRow(BusinessUnit unit, String parentName, long currentContacts) {
        BusinessUnitView view() {
            return BusinessUnitView.of(unit, parentName, currentContacts);
        }

        static UnitRow of(Object[] r) {
            return new UnitRow((BusinessUnit) r[0], (String) r[1], ((Number) r[2]).longValue());
        }
    }

    private static final List<SortField<UnitRow>> UNIT_SORTS = List.of(
            new SortField<>("name", "u.name", ValueType.STRING, false, r -> r.unit.name));

    private final EntityManager em;
    private final Paging paging;

    public ContactQueries(EntityManager em, Paging paging) {
        this.em = em;
        this.paging = paging;
    }

    @Transactional
    public ContactPage list(ContactFilter.Criteria filter, String sort, int limit, String cursor) {
        Keyset<Row> keyset = Keyset.parse(sort, "name", SORTS, "c.id", r -> r.contact.id);
        QueryBuilder query = new QueryBuilder();
        query.in("c.accountId", filter.accountIds());
        if (filter.q() != null) {
            // As the accounts' search: a term of three characters or more is searched through the trigram indexes
            // and its matches sorted, rather than walking the name index in order hoping for matches early.
            if (filter.q().length() >= 3 && filter.accountIds().isEmpty()) {
                em.createNativeQuery("select set_config('enable_indexscan', 'off', true)").getSingleResult();
            }
            String pattern = query.param(QueryParams.containsPattern(filter.q()));
            query.and("(c.name ilike " + pattern + " escape '\\' or c.email ilike " + pattern + " escape '\\')");
        }
        query.in("c.buyingRole", filter.buyingRoles());
        query.in("c.businessUnitId", filter.businessUnitIds());
        if (filter.leftCompany() != null) {
            query.and(filter.leftCompany() ? "c.leftCompanyOn is not null" : "c.leftCompanyOn is null");
        }
        return paging.page(LIST, query, keyset, limit, cursor).map(Row::view).to(ContactPage::new);
    }

    @Transactional
    public ContactView view(UUID id) {
        List<Object[]> rows = em.createQuery("select " + COLUMNS + " from " + FROM + " where c.id = :id",
                Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("contact", id);
        }
        return Row.of(rows.get(0)).view();
    }

    @Transactional
    public BusinessUnitPage units(UUID accountId, String sort, int limit, String cursor) {
        Keyset<UnitRow> keyset = Keyset.parse(sort, "name", UNIT_SORTS, "u.id", r -> r.unit.id);
        QueryBuilder query = new QueryBuilder();
        query.and("u.accountId = " + query.param(accountId));
        return paging.page(UNITS, query, keyset, limit, cursor).map(UnitRow::view).to(BusinessUnitPage::new);
    }

    @Transactional
    public BusinessUnitView unitView(UUID id) {
        List<Object[]> rows = em.createQuery("select " + UNIT_COLUMNS + " from " + UNIT_FROM + " where u.id = :id",
                Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("business unit", id);
        }
        return UnitRow.of(rows.get(0)).view();
    }

    public Contact find(UUID id) {
        Contact contact = Contact.findById(id);
        if (contact == null) {
            throw ApiProblem.notFound("contact", id);
        }
        return contact;
    }

    public BusinessUnit findUnit(UUID id) {
        BusinessUnit unit = BusinessUnit.findById(id);
        if (unit == null) {
            throw ApiProblem.notFound("business unit", id);
        }
        return unit;
    }

    /** True when {@code candidate} is {@code contact} itself or someone who reports to it, directly or not. */
    public boolean reportsToChainReaches(UUID candidate, UUID contact) {
        Number hits = (Number) em.createNativeQuery("""
                        with recursive up(id, reports_to_id) as (
                            select id, reports_to_id from contact where id = :candidate
                            union
                            select c.id, c.reports_to_id from contact c join up on c.id = up.reports_to_id)
                        select count(*) from up where id = :contact""")
                .setParameter("candidate", candidate).setParameter("contact", contact).getSingleResult();
        return hits.longValue() > 0;
    }

    /** True when {@code candidate} is {@code unit} itself or one of its sub-units. */
    public boolean unitChainReaches(UUID candidate, UUID unit) {
        Number hits = (Number) em.createNativeQuery("""
                        with recursive up(id, parent_id) as (
                            select id, parent_id from business_unit where id = :candidate
                            union
                            select b.id, b.parent_id from business_unit b join up on b.id = up.parent_id)
                        select count(*) from up where id = :unit""")
                .setParameter("candidate", candidate).setParameter("unit", unit).getSingleResult();
        return hits.longValue() > 0;
    }
}
