package com.stratum.icp;

import com.stratum.account.Account;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import com.stratum.common.Sync;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The current tier review: live KEY and STRATEGIC accounts whose ICP fit is below the profile's reviewLowFit, and
 * live STANDARD ones at or above its reviewHighFit, one query per page (plus the count of each side when the
 * page is not the only one).
 */
@ApplicationScoped
public class TierReviewQueries {
    private static final String FROM = "IcpFitRow f join Account a on a.id = f.accountId left join User u on u.id = a.ownerId";
    private static final Paging.Query<Object[]> LIST = Paging.Query.ofRows("a, f.fit, u.name", FROM, r -> r);
    private static final List<SortField<Object[]>> SORTS = List.of(
            new SortField<>("name", "a.name", ValueType.STRING, false, r -> ((Account) r[0]).name),
            new SortField<>("arr", "a.arr", ValueType.DECIMAL, true, r -> ((Account) r[0]).arr),
            new SortField<>("updatedAt", "a.updatedAt", ValueType.INSTANT, false, r -> ((Account) r[0]).updatedAt));

    private final Paging paging;
    private final Sync sync;
    private final IcpService icp;
    private final Clock clock;

    public TierReviewQueries(Paging paging, Sync sync, IcpService icp, Clock clock) {
        this.paging = paging;
        this.sync = sync;
        this.icp = icp;
        this.clock = clock;
    }

    public record Criteria(String suggestion, List<UUID> ownerIds, String sort) {
    }

    @Transactional
    public TierReviewPage current(Criteria criteria, Instant updatedAfter, int limit, String cursor) {
        IcpSettings profile = icp.current();
        LocalDate today = LocalDate.now(clock);
        int months = profile.reviewMonths;
        LocalDate start = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / months) * months + 1, 1);
        Keyset<Object[]> keyset = Keyset.parse(Sync.sort(updatedAfter, criteria.sort()), "name", SORTS, "a.id",
                r -> ((Account) r[0]).id);
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "a.updatedAt", query);
        query.and("a.archived = false");
        String low = demotions(profile);
        String high = promotions(profile);
        if ("DEMOTE".equals(criteria.suggestion())) {
            query.and(low);
        } else if ("PROMOTE".equals(criteria.suggestion())) {
            query.and(high);
        } else {
            query.and("((" + low + ") or (" + high + "))");
        }
        query.in("a.ownerId", criteria.ownerIds());
        Paging.Slice<Object[]> page = updatedAfter != null ? paging.page(LIST, query, keyset, limit, cursor)
                : paging.page(LIST, query, keyset, limit, cursor, () -> count(criteria, profile));
        return new TierReviewPage(page.map(TierReviewQueries::item).items(), page.nextCursor(), page.total(),
                page.totalIsEstimate(), start, start.plusMonths(months).minusDays(1), profile.reviewLowFit,
                profile.reviewHighFit);
    }

    /**
     * The candidates counted side by side, each from the index that holds it (the KEY and STRATEGIC accounts, the
     * fits at or above the high mark) rather than in the list's order: the condition spans the account and its fit,
     * so counting in name order walked and probed 14,000 accounts for 1,001 candidates at 100,000 (137 ms by EXPLAIN
     * ANALYZE, against 20 ms this way). A sync read (updatedAfter) keeps the list's own count: its bounds are the
     * page's.
     */
    private Paging.Total count(Criteria criteria, IcpSettings profile) {
        Paging.Total total = new Paging.Total(0, false);
        if (!"PROMOTE".equals(criteria.suggestion())) {
            total = total.plus(countSide(demotions(profile), criteria.ownerIds()));
        }
        if (!"DEMOTE".equals(criteria.suggestion())) {
            total = total.plus(countSide(promotions(profile), criteria.ownerIds()));
        }
        return total;
    }

    /**
     * The review's two sides, the one home of its rule: the same text reads as HQL for the page and as SQL for the
     * count (the aliases, the column names and the tiers' stored names are the same in both).
     */
    private static String demotions(IcpSettings profile) {
        return "a.tier in ('KEY', 'STRATEGIC') and f.fit < " + profile.reviewLowFit;
    }

    private static String promotions(IcpSettings profile) {
        return "a.tier = 'STANDARD' and f.fit >= " + profile.reviewHighFit;
    }

    private Paging.Total countSide(String condition, List<UUID> ownerIds) {
        QueryBuilder side = new QueryBuilder().and("not a.archived").and(condition).in("a.owner_id", ownerIds);
        return paging.countNative(" from account_icp_fit f join account a on a.id = f.account_id" + side.where(),
                side, null, "a.id");
    }

    private static TierReviewItem item(Object[] r) {
        Account a = (Account) r[0];
        return new TierReviewItem(a.id, a.name, a.ownerId, (String) r[2], a.tier, ((Number) r[1]).intValue(), a.arr,
                a.tier == Tier.STANDARD ? "PROMOTE" : "DEMOTE", a.updatedAt);
    }
}
