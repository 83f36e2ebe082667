package com.stratum.account;

import static com.stratum.common.SqlValues.instant;

import com.stratum.common.ApiProblem;
import com.stratum.common.CsvExport;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.QueryParams;
import com.stratum.common.SearchWords;
import com.stratum.common.SortField;
import com.stratum.common.Sync;
import com.stratum.common.SortField.ValueType;
import com.stratum.common.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads of accounts shaped for the API: one query per page (and its count), owner and parent names joined in, and
 * the touch cadence computed by the SQL functions of V21.
 */
@ApplicationScoped
public class AccountQueries {
    // The tier's policy joins in for the touch cadence; touch_due_at() and touch_overdue() (V21) are the rule's one
    // home, so the view, the filter and the workload report agree. The view is overdue when its due time is before
    // the application's clock, as qbrOverdue is.
    private static final String FROM = "Account a left join User o on o.id = a.ownerId"
            + " left join Account p on p.id = a.parentId"
            + " left join GrowthBaseline g on g.accountId = a.id and g.year = :year"
            + " join TierPolicy tp on tp.tier = a.tier";
    private static final String TOUCH_DUE = "function('touch_due_at', a.lastTouchAt, a.createdAt, tp.touchCadenceDays)";
    // The plan flags: the filters (and the workload report) ask plan_missing() and plan_stale() (V39), the view
    // AccountView.Plan, which says the same (PlanApiTest holds them equal).
    private static final String PLAN_MISSING = "function('plan_missing', a.tier, a.planReviewedOn)";
    // The account's own columns as values (AccountRow), never the managed entity: a read dirty-checks nothing.
    // Then the risk readings stored on the account (V48), which the risk sorts' cursors carry.
    private static final String COLUMNS = AccountRow.COLUMNS + ", o.name, p.name, g.baselineArr, " + TOUCH_DUE
            + ", tp.qbrCadenceDays, a.riskFlagCount, a.arrAtRisk";
    private static final String SELECT = "select " + COLUMNS + " from " + FROM;
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(COLUMNS, FROM, Row::of);
    private static final Paging.Query<Row> LIST_LIMIT_WRITTEN = LIST.limitWritten();

    private record Row(AccountRow account, String ownerName, String parentName, BigDecimal baseline, Instant touchDueAt,
            int qbrCadenceDays, int riskFlagCount, BigDecimal arrAtRisk) {
        AccountView view(LocalDate today, Instant now, Map<UUID, List<AccountRiskFlag>> flags) {
            return AccountView.of(account, ownerName, parentName, baseline, today, touchDueAt,
                    touchDueAt != null && touchDueAt.isBefore(now),
                    AccountView.Plan.of(account.tier(), account.planReviewedOn(), qbrCadenceDays, today),
                    flags.getOrDefault(account.id(), List.of()));
        }

        static Row of(Object[] r) {
            int w = AccountRow.WIDTH;
            return new Row(AccountRow.of(r), (String) r[w], (String) r[w + 1], (BigDecimal) r[w + 2],
                    instant(r[w + 3]), ((Number) r[w + 4]).intValue(), ((Number) r[w + 5]).intValue(),
                    (BigDecimal) r[w + 6]);
        }
    }

    private static final List<SortField<Row>> SORTS = List.of(
            new SortField<>("name", "a.name", ValueType.STRING, false, r -> r.account.name()),
            new SortField<>("arr", "a.arr", ValueType.DECIMAL, false, r -> r.account.arr()),
            new SortField<>("renewalDate", "a.renewalDate", ValueType.DATE, true, r -> r.account.renewalDate()),
            new SortField<>("createdAt", "a.createdAt", ValueType.INSTANT, false, r -> r.account.createdAt()),
            new SortField<>("updatedAt", "a.updatedAt", ValueType.INSTANT, false, r -> r.account.updatedAt()),
            new SortField<>("nextQbrDue", "a.nextQbrDue", ValueType.DATE, false, r -> r.account.nextQbrDue()),
            // The risk sorts: the flags that count now, and the ARR of an account with at least one (the same ARR
            // the risk report sums), both stored on the account (V48) and read after AccountRiskFlags.catchUp.
            new SortField<>("flagCount", "a.riskFlagCount", ValueType.INTEGER, false, r -> r.riskFlagCount()),
            new SortField<>("arrAtRisk", "a.arrAtRisk", ValueType.DECIMAL, false, r -> r.arrAtRisk()));

    private final EntityManager em;
    private final Paging paging;
    private final Clock clock;
    private final Sync sync;
    private final CsvExport csv;
    private final AccountRiskFlags riskFlags;

    public AccountQueries(EntityManager em, Paging paging, Clock clock, Sync sync, CsvExport csv,
            AccountRiskFlags riskFlags) {
        this.riskFlags = riskFlags;
        this.sync = sync;
        this.csv = csv;
        this.em = em;
        this.paging = paging;
        this.clock = clock;
    }

    /** The columns of the accounts list as CSV, as the contract names them. */
    public static final String CSV = "id,name,domain,externalId,industry,territory,country,employees,annualRevenue,"
            + "arr,arrSource,lifecycle,renewalDate,parentId,parentName,ownerId,ownerName,tier,tags,archived,"
            + "lastQbrGrade,lastQbrAt,nextQbrDue,qbrOverdue,growthTargetPct,growthBaselineArr,singleThreaded,"
            + "singleThreadedReasons,decisionContacts,businessUnitsCovered,lastTouchAt,touchDueAt,touchOverdue,"
            + "planMissing,planStale,planReviewDueOn,createdAt,updatedAt,version,flags,flagCount";
    /**
     * The columns: the view's properties of those names, and the risk flags flattened into two: {@code flags}, every
     * flag the account carries (snoozed ones too, as riskFlags), separated by "; ", and {@code flagCount}, those that
     * count (riskFlagCount).
     */
    private static final CsvExport.Columns<AccountView> CSV_COLUMNS = csvColumns();

    private static CsvExport.Columns<AccountView> csvColumns() {
        String viewed = CSV.substring(0, CSV.indexOf(",flags,flagCount"));
        List<CsvExport.Column<AccountView>> columns = new java.util.ArrayList<>(
                CsvExport.columns(viewed, AccountView.class).list());
        columns.add(new CsvExport.Column<>("flags", v -> v.riskFlags().stream().map(f -> f.flag().name()).toList()));
        columns.add(new CsvExport.Column<>("flagCount", AccountView::riskFlagCount));
        return new CsvExport.Columns<>(List.copyOf(columns));
    }

    /**
     * A list's query: its order, its filters, whether the planner must leave the name index alone, and whether it
     * reads the risk flags stored on the account (a flag filter or a risk sort).
     */
    private record Listing(Keyset<Row> keyset, QueryBuilder query, boolean trigramSearch, boolean storedFlags,
            LocalDate today, Instant now, Paging.Query<Row> list) {
    }

    private void prepare(Listing listing, EntityManager em) {
        if (listing.trigramSearch()) {
            em.createNativeQuery("select set_config('enable_indexscan', 'off', true)").getSingleResult();
        }
        if (listing.storedFlags()) {
            // The stored flags exact at now first.
            riskFlags.catchUp(listing.now(), em);
        }
    }

    /** Whether a list reads the flags stored on the account: a flag filter or a risk sort. */
    private static boolean readsStoredFlags(AccountFilter.Criteria filter, Keyset<Row> keyset) {
        return !filter.flags().isEmpty() || keyset.orderBy().contains("a.riskFlagCount")
                || keyset.orderBy().contains("a.arrAtRisk");
    }

    /**
     * A search across all accounts lists at most this many matches (more are counted as an estimate): whatever the
     * term, it reads about this many index entries and sorts them, instead of every account a common word matches.
     */
    static final int SEARCH_CANDIDATES = 200;
    /**
     * Across all accounts, text inside a word is searched from this many characters: the trigram indexes serve
     * nothing shorter, and a shorter fragment would read every account.
     */
    static final int MIN_FRAGMENT = 3;

    @Transactional
    public AccountPage list(AccountFilter.Criteria filter, Instant updatedAfter, String sort, int limit, String cursor) {
        if (searchesAllAccounts(filter, updatedAfter)) {
            return search(filter, sort, limit, cursor);
        }
        Listing listing = listing(filter, updatedAfter, sort);
        prepare(listing, em);
        Paging.Slice<Row> slice = countedByFlagTotals(filter, updatedAfter)
                ? paging.page(listing.list(), listing.query(), listing.keyset(), limit, cursor,
                        () -> flagTotal(filter, listing))
                : paging.page(listing.list(), listing.query(), listing.keyset(), limit, cursor);
        Map<UUID, List<AccountRiskFlag>> flags = riskFlags.of(slice.items().stream().map(r -> r.account.id()).toList(),
                listing.now());
        return slice.map(row -> row.view(listing.today(), listing.now(), flags)).to(AccountPage::new);
    }

    /**
     * Whether the filter is live accounts by flag across the company, perhaps by tier, and nothing else: what the
     * running totals of the risk report count (AccountRiskFlags.counts). Compared with criteria built from those
     * fields alone, so a filter added to the record must be placed here (as "not set") to compile.
     */
    private static boolean countedByFlagTotals(AccountFilter.Criteria f, Instant updatedAfter) {
        AccountFilter.Criteria flagsAndTiersOnly = new AccountFilter.Criteria(null, f.tiers(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null, null, f.flags(),
                f.archived());
        return !f.flags().isEmpty() && updatedAfter == null && !Boolean.TRUE.equals(f.archived())
                && f.equals(flagsAndTiersOnly);
    }

    /**
     * The total of a company-wide list by flag: from the running totals when they tell it (a common flag: more than
     * the exact-count limit), else the matches counted as the flags' GIN index finds them, in no order: sorting every
     * match in the list's order first, only to keep 1,001, cost 4.9–6.6 ms a count at 100,000 accounts for flags on
     * 2,700 to 8,000 accounts, against 1.0–1.9 ms in no order (docs/performance.md).
     */
    private Paging.Total flagTotal(AccountFilter.Criteria filter, Listing listing) {
        return riskFlags.counts(filter.flags(), filter.tiers(), em)
                .total(filter.flags().size(), paging.exactCountLimit())
                .orElseGet(() -> paging.countInAnyOrder(listing.list(), listing.query(), listing.keyset()));
    }

    /** Every account the filters match, in the list's order, as CSV streamed from a cursor. */
    public jakarta.ws.rs.core.Response csv(AccountFilter.Criteria filter, Instant updatedAfter, String sort) {
        Listing listing = listing(filter, updatedAfter, sort);
        // Each batch of rows (CsvExport.BATCH) reads its flags in one statement, as a page does: never one per row.
        return csv.response("accounts", listing.list(), listing.query(), listing.keyset(),
                rows -> {
                    Map<UUID, List<AccountRiskFlag>> flags = riskFlags.of(
                            rows.stream().map(r -> r.account.id()).toList(), listing.now());
                    return rows.stream().map(row -> row.view(listing.today(), listing.now(), flags)).toList();
                },
                CSV_COLUMNS,
                txEm -> prepare(listing, txEm));
    }

    private Listing listing(AccountFilter.Criteria filter, Instant updatedAfter, String sort) {
        Keyset<Row> keyset = Keyset.parse(Sync.sort(updatedAfter, sort), "name", SORTS, "a.id", r -> r.account.id());
        QueryBuilder query = new QueryBuilder();
        if (filter.archived() != null || updatedAfter == null) {
            // A literal: a cached (generic) plan may then read the indexes of live accounts (where not archived).
            query.and("a.archived = " + Boolean.TRUE.equals(filter.archived()));
        }
        sync.bound(updatedAfter, "a.updatedAt", query);
        if (filter.q() != null) {
            if (updatedAfter == null && filter.ownerIds().isEmpty()) {
                // A CSV export across all accounts: every account the search would find, not only its candidates.
                List<String> words = SearchWords.of(filter.q());
                if (words.isEmpty()) {
                    containsTerm(query, filter.q());
                } else {
                    words.forEach(word -> query.and(startsAWord(query, "a.id", word)));
                }
            } else {
                // Within owners' portfolios (a few hundred accounts each), or a sync: text contained in the name or
                // domain. A term of three characters or more is searched through the trigram indexes and its
                // matches sorted. Left to itself the planner may walk the name index in order, expecting matches
                // to turn up early; but matches on the start of a name cluster alphabetically (measured: 33,000
                // rows walked for 'vend' at 100,000 accounts). Shorter terms have no trigrams: the walk suits them.
                String pattern = query.param(QueryParams.containsPattern(filter.q()));
                query.and("(a.name ilike " + pattern + " escape '\\' or a.domain ilike " + pattern
                        + " escape '\\' or a.externalId = " + query.param(filter.q()) + ")");
            }
        }
        Instant now = Text.now(clock);
        LocalDate today = today();
        filters(query, filter, now, today);
        boolean live = (filter.archived() != null || updatedAfter == null) && !Boolean.TRUE.equals(filter.archived());
        if (live && (Boolean.TRUE.equals(filter.planMissing()) || Boolean.TRUE.equals(filter.planStale()))) {
            // Implied by the flag and the live accounts, and said without parameters (V55's plan_needed(), the
            // predicate of V39's partial index in name order): the prepared statement's generic plan, which
            // PostgreSQL may choose after five executions, cannot prove that predicate from the parameters above
            // and read every account.
            query.and("function('plan_needed', a.tier, a.archived) = true");
        }
        query.bind("year", today.getYear());
        boolean storedFlags = readsStoredFlags(filter, keyset);
        // A list of the stored flags has its limit written in too: a cached plan for an unknown limit expects a tenth
        // of the matches and may sort them all rather than walk the risk sort's index (Paging.Query.limitWritten).
        return new Listing(keyset, query, filter.q() != null && filter.q().length() >= 3
                && (updatedAfter != null || !filter.ownerIds().isEmpty()), storedFlags, today, now,
                storedFlags ? LIST_LIMIT_WRITTEN : LIST);
    }

    /** Every filter but the term, the archived flag and the sync bound. */
    private QueryBuilder filters(QueryBuilder query, AccountFilter.Criteria filter, Instant now, LocalDate today) {
        query.in("a.tier", filter.tiers());
        query.in("a.ownerId", filter.ownerIds());
        query.inIgnoringCase("a.industry", filter.industries());
        query.inIgnoringCase("a.territory", filter.territories());
        query.in("a.country", filter.countries());
        query.in("a.lifecycle", filter.lifecycles());
        if (filter.renewalBefore() != null) {
            query.and("a.renewalDate <= " + query.param(filter.renewalBefore()));
        }
        if (filter.renewalAfter() != null) {
            query.and("a.renewalDate >= " + query.param(filter.renewalAfter()));
        }
        if (filter.minArr() != null) {
            query.and("a.arr >= " + query.param(filter.minArr()));
        }
        if (filter.maxArr() != null) {
            query.and("a.arr <= " + query.param(filter.maxArr()));
        }
        if (filter.qbrOverdue() != null) {
            query.and("a.nextQbrDue " + (filter.qbrOverdue() ? "<" : ">=") + " " + query.param(today));
        }
        if (filter.singleThreaded() != null) {
            query.and("a.singleThreaded = " + query.param(filter.singleThreaded()));
        }
        if (filter.touchOverdue() != null) {
            query.and("function('touch_overdue', a.lastTouchAt, a.createdAt, tp.touchCadenceDays, "
                    + query.param(now) + ") = " + query.param(filter.touchOverdue()));
        }
        if (filter.planMissing() != null) {
            query.and(PLAN_MISSING + " = " + query.param(filter.planMissing()));
        }
        if (Boolean.TRUE.equals(filter.planMissing()) || Boolean.TRUE.equals(filter.planStale())) {
            // Implied by the flag; said so that the planner reads the partial index of those tiers (V39).
            query.in("a.tier", AccountView.Plan.TIERS_NEEDING_A_PLAN);
        }
        if (filter.planStale() != null) {
            query.and("function('plan_stale', a.tier, a.planReviewedOn, tp.qbrCadenceDays, " + query.param(today)
                    + ") = " + query.param(filter.planStale()));
        }
        if (!filter.flags().isEmpty()) {
            // Any of the flags, counting now: the flags stored on the account (V48's risk_flags_any(), which the
            // planner inlines as risk_flags && array[…] and reads from the GIN index when few accounts match).
            // Written into the statement (enum names), not bound: how many accounts carry a flag ranges from a
            // handful to half of them, so each set of flags is its own statement with its own plan (the GIN index
            // for few, the risk sort's index in order for many), kept in the plan cache. Planned again on every
            // request, as it was, planning took 1.1–2.8 ms against 0.3–0.7 ms of execution at 100,000 accounts.
            query.and("function('risk_flags_any', a.riskFlags, '" + String.join(",", filter.flags().stream()
                    .map(Enum::name).distinct().sorted().toList()) + "') = true");
            if (filter.ownerIds().isEmpty()) {
                // Implied; said so that the planner may use that partial index. Not for owners: their few hundred
                // accounts are read from the owner's index, not ANDed with every account that carries the flags.
                query.and("a.riskFlagCount > 0");
            }
        }
        return query;
    }

    /**
     * A search across all accounts (no owner, no sync): the term is searched among every account, so its cost
     * must not grow with how many match; see {@link #search}.
     */
    private static boolean searchesAllAccounts(AccountFilter.Criteria filter, Instant updatedAfter) {
        return filter.q() != null && updatedAfter == null && filter.ownerIds().isEmpty();
    }

    /**
     * A search across all accounts: accounts with a word of their name or domain starting with each of the term's
     * words, read from the words' btree (V50) in order, so that it stops after SEARCH_CANDIDATES + 1; the accounts of
     * one word come in name order, so for a whole word the candidates are its first matches in the default order.
     * When no account has such words and the term has at least MIN_FRAGMENT characters, the accounts whose name or
     * domain contains the term (the trigram indexes), also at most SEARCH_CANDIDATES + 1. The account whose
     * externalId is the term is always a match. The page is sorted and paged among the candidates; the same data
     * gives the same candidates, so the cursor of the next page still applies.
     */
    private AccountPage search(AccountFilter.Criteria filter, String sort, int limit, String cursor) {
        Keyset<Row> keyset = Keyset.parse(sort, "name", SORTS, "a.id", r -> r.account.id());
        Instant now = Text.now(clock);
        LocalDate today = today();
        if (readsStoredFlags(filter, keyset)) {
            // The search's statements are planned for each request's term and flags, as before flags were written in.
            riskFlags.catchUp(now);
        }
        String term = filter.q();
        List<String> words = rarestFirst(SearchWords.of(term), Boolean.TRUE.equals(filter.archived()));
        List<UUID> found = List.of();
        // What the search matches, for the planner's estimate when there are more than the candidates.
        QueryBuilder matching = live(new QueryBuilder(), filter);
        if (!words.isEmpty()) {
            // Read in the index's order (archived, word, name, account), which the limit lets the planner follow: a
            // common word stops after the candidates, never reads all its matches. Without other filters the index
            // alone answers (an index-only scan); a filter joins each candidate's account.
            boolean filtered = !filters(new QueryBuilder(), filter, now, today).where().isEmpty();
            QueryBuilder byWords = new QueryBuilder();
            byWords.and("w.archived = " + byWords.param(Boolean.TRUE.equals(filter.archived())));
            byWords.and("w.word like " + byWords.param(QueryParams.prefixPattern(words.get(0))) + " escape '\\'");
            filters(byWords, filter, now, today);
            words.stream().skip(1).forEach(word -> byWords.and(startsAWord(byWords, "w.accountId", word)));
            found = byWords.create(em, "select w.accountId from AccountSearchWord w" + (filtered ? " join Account a"
                    + " on a.id = w.accountId join TierPolicy tp on tp.tier = a.tier" : "") + byWords.where()
                    + " order by w.word, w.name, w.accountId", UUID.class)
                    .setMaxResults(SEARCH_CANDIDATES + 1).getResultList();
        }
        boolean fragment = found.isEmpty() && term.strip().length() >= MIN_FRAGMENT;
        // The page is read through the candidates' ids, never by walking the name index in order hoping to meet
        // them: the candidates of a word's start cluster alphabetically ('ka': 75-94 ms walked at 100,000 accounts,
        // 1.9 ms through the ids). A fragment is looked for through the trigram indexes, never by reading the table.
        em.createNativeQuery("select set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', '"
                + (fragment ? "off" : "on") + "', true)").getSingleResult();
        if (fragment) {
            containsTerm(matching, term);
            filters(matching, filter, now, today);
            found = matching.create(em, "select a.id from Account a join TierPolicy tp on tp.tier = a.tier"
                    + matching.where(), UUID.class).setMaxResults(SEARCH_CANDIDATES + 1).getResultList();
        } else {
            words.forEach(word -> matching.and(startsAWord(matching, "a.id", word)));
            filters(matching, filter, now, today);
        }
        List<UUID> candidates = found.stream().distinct().limit(SEARCH_CANDIDATES).toList();
        // The candidates and the account whose external id is the term (its unique index), in one statement.
        QueryBuilder page = live(new QueryBuilder(), filter);
        String byExternalId = "a.externalId = " + page.param(term);
        page.and(candidates.isEmpty() ? byExternalId : "(a.id" + page.oneOf(candidates) + " or " + byExternalId + ")");
        filters(page, filter, now, today);
        page.bind("year", today.getYear());
        Paging.Query<Row> list = LIST;
        Paging.Slice<Row> slice;
        if (found.size() > SEARCH_CANDIDATES) {
            matching.bind("year", today.getYear());
            slice = paging.pageOfCapped(list, page, keyset, limit, cursor, LIST, matching, found.size());
        } else {
            slice = paging.page(list, page, keyset, limit, cursor);
        }
        Map<UUID, List<AccountRiskFlag>> flags = riskFlags.of(slice.items().stream().map(r -> r.account.id()).toList(),
                now);
        return slice.map(row -> row.view(today, now, flags)).to(AccountPage::new);
    }

    /**
     * A term of several words is walked from the word that starts the fewest words (each counted up to
     * SEARCH_CANDIDATES + 1 from the index alone, in one statement): the walk reads its matches until enough also
     * have the other words, so from a common word ("nexnoli analytics" from "analytics") it read 2,500 accounts. The
     * longest word first breaks ties. One word, or none, needs no count.
     */
    private List<String> rarestFirst(List<String> words, boolean archived) {
        if (words.size() < 2) {
            return words;
        }
        List<String> counted = words.stream().limit(MAX_COUNTED_WORDS).toList();
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < counted.size(); i++) {
            sql.append(i == 0 ? "" : " union all ").append("select ").append(i).append(", (select count(*) from"
                    + " (select 1 from account_search_word where archived = :archived and word like :w").append(i)
                    .append(" escape '\\' limit ").append(SEARCH_CANDIDATES + 1).append(") x)");
        }
        var query = em.createNativeQuery(sql.toString()).setParameter("archived", archived);
        for (int i = 0; i < counted.size(); i++) {
            query.setParameter("w" + i, QueryParams.prefixPattern(counted.get(i)));
        }
        long[] starts = new long[counted.size()];
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            starts[((Number) r[0]).intValue()] = ((Number) r[1]).longValue();
        }
        List<String> ordered = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, counted.size()).boxed()
                .sorted(java.util.Comparator.comparingLong((Integer i) -> starts[i]).thenComparingInt(i -> i))
                .map(counted::get).toList());
        words.stream().skip(MAX_COUNTED_WORDS).forEach(ordered::add);
        return ordered;
    }

    /** The words of a term counted to find the rarest (the longest first); more are only checked on its matches. */
    private static final int MAX_COUNTED_WORDS = 4;

    /** The archived flag: live accounts unless the filter asks for archived ones. */
    private static QueryBuilder live(QueryBuilder query, AccountFilter.Criteria filter) {
        return query.and("a.archived = " + query.param(Boolean.TRUE.equals(filter.archived())));
    }

    private static void containsTerm(QueryBuilder query, String term) {
        String pattern = query.param(QueryParams.containsPattern(term));
        query.and("(a.name ilike " + pattern + " escape '\\' or a.domain ilike " + pattern + " escape '\\')");
    }

    private static String startsAWord(QueryBuilder query, String accountId, String word) {
        return "exists (select 1 from AccountSearchWord o where o.accountId = " + accountId + " and o.word like "
                + query.param(QueryParams.prefixPattern(word)) + " escape '\\')";
    }

    @Transactional
    public AccountView view(UUID id) {
        List<Object[]> rows = em.createQuery(SELECT + " where a.id = :id", Object[].class)
                .setParameter("id", id).setParameter("year", today().getYear()).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("account", id);
        }
        Instant now = Text.now(clock);
        return Row.of(rows.get(0)).view(today(), now, riskFlags.of(List.of(id), now));
    }

    public Account find(UUID id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw ApiProblem.notFound("account", id);
        }
        return account;
    }

    /** True when {@code candidate} is {@code account} itself or one of its descendants. */
    public boolean isSelfOrDescendant(UUID candidate, UUID account) {
        Number hits = (Number) em.createNativeQuery("""
                        with recursive ancestors(id, parent_id) as (
                            select id, parent_id from account where id = :candidate
                            union
                            select a.id, a.parent_id from account a join ancestors up on a.id = up.parent_id)
                        select count(*) from ancestors where id = :account""")
                .setParameter("candidate", candidate).setParameter("account", account).getSingleResult();
        return hits.longValue() > 0;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
