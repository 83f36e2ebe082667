package com.stratum.contact;

import com.stratum.common.SearchWords;

import com.stratum.common.CsvExport;
import java.time.Instant;
import com.stratum.common.Sync;
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
            new SortField<>("name", "u.name", ValueType.STRING, false, r -> r.unit.name),
            new SortField<>("updatedAt", "u.updatedAt", ValueType.INSTANT, false, r -> r.unit.updatedAt));

    private final EntityManager em;
    private final Paging paging;

    private final Sync sync;
    private final CsvExport csv;

    public ContactQueries(EntityManager em, Paging paging, Sync sync, CsvExport csv) {
        this.sync = sync;
        this.csv = csv;
        this.em = em;
        this.paging = paging;
    }

    /**
     * A search across all accounts lists at most this many matches (more are counted as an estimate): whatever
     * the term, it reads about this many rows and sorts them, instead of every contact a first name matches.
     */
    static final int SEARCH_CANDIDATES = 200;
    /**
     * Across all accounts, text inside a word is searched from this many characters: the trigram indexes serve
     * nothing shorter, and a shorter fragment would read every contact.
     */
    static final int MIN_FRAGMENT = 3;

    @Transactional
    public ContactPage list(ContactFilter.Criteria filter, Instant updatedAfter, String sort, int limit,
            String cursor) {
        Keyset<Row> keyset = Keyset.parse(Sync.sort(updatedAfter, sort), "name", SORTS, "c.id", r -> r.contact.id);
        if (filter.q() != null && filter.accountIds().isEmpty() && updatedAfter == null) {
            return search(filter, keyset, limit, cursor);
        }
        QueryBuilder matching = filters(new QueryBuilder(), filter);
        if (filter.q() != null) {
            containsTerm(matching, filter.q());
        }
        sync.bound(updatedAfter, "c.updatedAt", matching);
        return paging.page(LIST, matching, keyset, limit, cursor).map(Row::view).to(ContactPage::new);
    }

    /** The columns of the contacts list as CSV, as the contract names them. */
    public static final String CSV = "id,accountId,accountName,name,title,email,phone,businessUnitId,"
            + "businessUnitName,buyingRole,influence,stance,preferredChannel,preferredLanguage,reportsToId,"
            + "reportsToName,relationshipOwnerId,relationshipOwnerName,leftCompanyOn,lastTouchAt,createdAt,updatedAt,"
            + "version";
    private static final CsvExport.Columns<ContactView> CSV_COLUMNS = CsvExport.columns(CSV, ContactView.class);

    /**
     * Every contact the filters match, in the list's order, as CSV streamed from a cursor. The term matches as the
     * search does, but every match, not the search's first candidates: contacts with a word starting with each of
     * its words (or, for a term of no word, whose name or email contains it).
     */
    public jakarta.ws.rs.core.Response csv(ContactFilter.Criteria filter, Instant updatedAfter, String sort) {
        Keyset<Row> keyset = Keyset.parse(Sync.sort(updatedAfter, sort), "name", SORTS, "c.id", r -> r.contact.id);
        QueryBuilder matching = filters(new QueryBuilder(), filter);
        if (filter.q() != null) {
            List<String> words = SearchWords.of(filter.q());
            if (words.isEmpty()) {
                containsTerm(matching, filter.q());
            } else {
                words.forEach(word -> matching.and(startsAWord(matching, word)));
            }
        }
        sync.bound(updatedAfter, "c.updatedAt", matching);
        return csv.response("contacts", LIST, matching, keyset, rows -> rows.stream().map(Row::view).toList(),
                CSV_COLUMNS, em -> { });
    }

    /**
     * A search across all accounts: contacts with a word starting with each of the term's words (through the
     * words' btree, read in order, so it stops after SEARCH_CANDIDATES + 1); when none has and the term has at least
     * MIN_FRAGMENT characters, contacts whose name or email contains the term (the trigram indexes). The candidates are whichever the index
     * gives first; the page is sorted and paged among them. The same data gives the same candidates, so the cursor
     * of the next page still applies.
     */
    private ContactPage search(ContactFilter.Criteria filter, Keyset<Row> keyset, int limit, String cursor) {
        List<String> words = SearchWords.of(filter.q());
        QueryBuilder matching = filters(new QueryBuilder(), filter);
        List<UUID> found = List.of();
        if (!words.isEmpty()) {
            // Left to itself the planner reads every match of a common word into a bitmap, or hashes the contacts
            // for a filter: both cost as much as the matches, which a search must not.
            em.createNativeQuery("select set_config('enable_bitmapscan', 'off', true),"
                    + " set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true),"
                    + " set_config('max_parallel_workers_per_gather', '0', true)").getSingleResult();
            QueryBuilder byWords = new QueryBuilder();
            byWords.and("w.word like " + byWords.param(QueryParams.prefixPattern(words.get(0))) + " escape '\\'");
            filters(byWords, filter);
            words.stream().skip(1).forEach(word -> byWords.and(startsAWord(byWords, word)));
            found = byWords.create(em, "select w.contactId from ContactSearchWord w join Contact c on c.id ="
                    + " w.contactId" + byWords.where(), UUID.class).setMaxResults(SEARCH_CANDIDATES + 1)
                    .getResultList();
        }
        if (found.isEmpty() && filter.q().strip().length() < MIN_FRAGMENT) {
            return new ContactPage(List.of(), null, 0, false);
        }
        if (found.isEmpty()) {
            if (!words.isEmpty()) {
                em.createNativeQuery("select set_config('enable_bitmapscan', 'on', true)").getSingleResult();
            }
            containsTerm(matching, filter.q());
            found = matching.create(em, "select c.id from Contact c" + matching.where(), UUID.class)
                    .setMaxResults(SEARCH_CANDIDATES + 1).getResultList();
        } else {
            words.forEach(word -> matching.and(startsAWord(matching, word)));
        }
        List<UUID> candidates = found.stream().distinct().limit(SEARCH_CANDIDATES).toList();
        if (candidates.isEmpty()) {
            return new ContactPage(List.of(), null, 0, false);
        }
        QueryBuilder byId = new QueryBuilder().in("c.id", candidates);
        Paging.Slice<Row> page = found.size() > SEARCH_CANDIDATES
                ? paging.pageOfCapped(LIST, byId, keyset, limit, cursor, LIST, matching, found.size())
                : paging.page(LIST, byId, keyset, limit, cursor);
        return page.map(Row::view).to(ContactPage::new);
    }

    private static void containsTerm(QueryBuilder query, String term) {
        String pattern = query.param(QueryParams.containsPattern(term));
        query.and("(c.name ilike " + pattern + " escape '\\' or c.email ilike " + pattern + " escape '\\')");
    }

    private static String startsAWord(QueryBuilder query, String word) {
        return "exists (select 1 from ContactSearchWord o where o.contactId = c.id and o.word like "
                + query.param(QueryParams.prefixPattern(word)) + " escape '\\')";
    }

    /** Every filter but the term. */
    private static QueryBuilder filters(QueryBuilder query, ContactFilter.Criteria filter) {
        query.in("c.accountId", filter.accountIds());
        query.in("c.buyingRole", filter.buyingRoles());
        query.in("c.businessUnitId", filter.businessUnitIds());
        if (filter.leftCompany() != null) {
            query.and(filter.leftCompany() ? "c.leftCompanyOn is not null" : "c.leftCompanyOn is null");
        }
        return query;
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
    public BusinessUnitPage units(UUID accountId, Instant updatedAfter, String sort, int limit, String cursor) {
        Keyset<UnitRow> keyset = Keyset.parse(Sync.sort(updatedAfter, sort), "name", UNIT_SORTS, "u.id",
                r -> r.unit.id);
        QueryBuilder query = new QueryBuilder();
        query.and("u.accountId = " + query.param(accountId));
        sync.bound(updatedAfter, "u.updatedAt", query);
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
