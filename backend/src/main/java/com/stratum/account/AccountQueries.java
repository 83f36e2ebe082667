package com.stratum.account;

import com.stratum.common.ApiProblem;
import com.stratum.common.CsvExport;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.QueryParams;
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
    private static final String COLUMNS = "a, o.name, p.name, g.baselineArr, " + TOUCH_DUE + ", tp.qbrCadenceDays";
    private static final String SELECT = "select " + COLUMNS + " from " + FROM;
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(COLUMNS, FROM, Row::of);

    private record Row(Account account, String ownerName, String parentName, BigDecimal baseline, Instant touchDueAt,
            int qbrCadenceDays) {
        AccountView view(LocalDate today, Instant now, Map<UUID, List<AccountRiskFlag>> flags) {
            return AccountView.of(account, ownerName, parentName, baseline, today, touchDueAt,
                    touchDueAt != null && touchDueAt.isBefore(now),
                    AccountView.Plan.of(account.tier, account.planReviewedOn, qbrCadenceDays, today),
                    flags.getOrDefault(account.id, List.of()));
        }

        static Row of(Object[] r) {
            return new Row((Account) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], instant(r[4]),
                    ((Number) r[5]).intValue());
        }

        private static Instant instant(Object value) {
            if (value instanceof java.time.OffsetDateTime time) {
                return time.toInstant();
            }
            if (value instanceof java.sql.Timestamp time) {
                return time.toInstant();
            }
            return (Instant) value;
        }
    }

    private static final List<SortField<Row>> SORTS = List.of(
            new SortField<>("name", "a.name", ValueType.STRING, false, r -> r.account.name),
            new SortField<>("arr", "a.arr", ValueType.DECIMAL, false, r -> r.account.arr),
            new SortField<>("renewalDate", "a.renewalDate", ValueType.DATE, true, r -> r.account.renewalDate),
            new SortField<>("createdAt", "a.createdAt", ValueType.INSTANT, false, r -> r.account.createdAt),
            new SortField<>("updatedAt", "a.updatedAt", ValueType.INSTANT, false, r -> r.account.updatedAt),
            new SortField<>("nextQbrDue", "a.nextQbrDue", ValueType.DATE, false, r -> r.account.nextQbrDue),
            // The risk sorts: the flags that count now, and the ARR of an account with at least one (the same ARR
            // the risk report sums), both stored on the account (V48) and read after AccountRiskFlags.catchUp.
            new SortField<>("flagCount", "a.riskFlagCount", ValueType.INTEGER, false, r -> r.account.riskFlagCount),
            new SortField<>("arrAtRisk", "a.arrAtRisk", ValueType.DECIMAL, false, r -> r.account.arrAtRisk));

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
            + "planMissing,planStale,planReviewDueOn,createdAt,updatedAt,version";
    private static final CsvExport.Columns<AccountView> CSV_COLUMNS = CsvExport.columns(CSV, AccountView.class);

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
            // The stored flags exact at now first. And a plan per request: how many accounts carry a flag ranges
            // from a handful to half of them, so the planner must see which flags are asked for (the GIN index for
            // few, the risk sort's index in order for many), not reuse a plan made for other flags.
            riskFlags.catchUp(listing.now(), em);
        }
    }

    @Transactional
    public AccountPage list(AccountFilter.Criteria filter, Instant updatedAfter, String sort, int limit, String cursor) {
        Listing listing = listing(filter, updatedAfter, sort);
        prepare(listing, em);
        Paging.Slice<Row> slice = paging.page(listing.list(), listing.query(), listing.keyset(), limit, cursor);
        Map<UUID, List<AccountRiskFlag>> flags = riskFlags.of(slice.items().stream().map(r -> r.account.id).toList(),
                listing.now());
        return slice.map(row -> row.view(listing.today(), listing.now(), flags)).to(AccountPage::new);
    }

    /** Every account the filters match, in the list's order, as CSV streamed from a cursor. */
    public jakarta.ws.rs.core.Response csv(AccountFilter.Criteria filter, Instant updatedAfter, String sort) {
        Listing listing = listing(filter, updatedAfter, sort);
        // The CSV names no flag column, so it reads no flags (one statement per batch, as before).
        return csv.response("accounts", listing.list(), listing.query(), listing.keyset(),
                rows -> rows.stream().map(row -> row.view(listing.today(), listing.now(), Map.of())).toList(),
                CSV_COLUMNS,
                txEm -> prepare(listing, txEm));
    }

    private Listing listing(AccountFilter.Criteria filter, Instant updatedAfter, String sort) {
        Keyset<Row> keyset = Keyset.parse(Sync.sort(updatedAfter, sort), "name", SORTS, "a.id", r -> r.account.id);
        QueryBuilder query = new QueryBuilder();
        if (filter.archived() != null || updatedAfter == null) {
            query.and("a.archived = " + query.param(Boolean.TRUE.equals(filter.archived())));
        }
        sync.bound(updatedAfter, "a.updatedAt", query);
        if (filter.q() != null) {
            // A term of three characters or more is searched through the trigram indexes and its matches sorted.
            // Left to itself the planner may walk the name index in order, expecting matches to turn up early;
            // but matches on the start of a name cluster alphabetically (measured: 33,000 rows walked for 'vend'
            // at 100,000 accounts). Shorter terms have no trigrams and match widely: the walk suits them.
            String pattern = query.param(QueryParams.containsPattern(filter.q()));
            query.and("(a.name ilike " + pattern + " escape '\\' or a.domain ilike " + pattern
                    + " escape '\\' or a.externalId = " + query.param(filter.q()) + ")");
        }
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
            query.and("a.nextQbrDue " + (filter.qbrOverdue() ? "<" : ">=") + " " + query.param(today()));
        }
        if (filter.singleThreaded() != null) {
            query.and("a.singleThreaded = " + query.param(filter.singleThreaded()));
        }
        if (filter.touchOverdue() != null) {
            query.and("function('touch_overdue', a.lastTouchAt, a.createdAt, tp.touchCadenceDays, "
                    + query.param(Text.now(clock)) + ") = " + query.param(filter.touchOverdue()));
        }
        if (filter.planMissing() != null) {
            query.and(PLAN_MISSING + " = " + query.param(filter.planMissing()));
        }
        if (Boolean.TRUE.equals(filter.planMissing()) || Boolean.TRUE.equals(filter.planStale())) {
            // Implied by the flag; said so that the planner reads the partial index of those tiers (V39).
            query.in("a.tier", AccountView.Plan.TIERS_NEEDING_A_PLAN);
        }
        if (filter.planStale() != null) {
            query.and("function('plan_stale', a.tier, a.planReviewedOn, tp.qbrCadenceDays, " + query.param(today())
                    + ") = " + query.param(filter.planStale()));
        }
        Instant now = Text.now(clock);
        if (!filter.flags().isEmpty()) {
            // Any of the flags, counting now: the flags stored on the account (V48's risk_flags_any(), which the
            // planner inlines as risk_flags && array[…] and reads from the GIN index when few accounts match).
            query.and("function('risk_flags_any', a.riskFlags, " + query.param(String.join(",", filter.flags()
                    .stream().map(Enum::name).sorted().toList())) + ") = true");
            if (filter.ownerIds().isEmpty()) {
                // Implied; said so that the planner may use that partial index. Not for owners: their few hundred
                // accounts are read from the owner's index, not ANDed with every account that carries the flags.
                query.and("a.riskFlagCount > 0");
            }
        }
        boolean storedFlags = !filter.flags().isEmpty() || keyset.orderBy().contains("a.riskFlagCount")
                || keyset.orderBy().contains("a.arrAtRisk");
        LocalDate today = today();
        query.bind("year", today.getYear());
        return new Listing(keyset, query, filter.q() != null && filter.q().length() >= 3, storedFlags, today, now,
                LIST);
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
