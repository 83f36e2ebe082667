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
 * live STANDARD ones at or above its reviewHighFit, one query per page (plus the count on later pages).
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
        String low = "(a.tier in (com.stratum.tier.Tier.KEY, com.stratum.tier.Tier.STRATEGIC) and f.fit < "
                + profile.reviewLowFit + ")";
        String high = "(a.tier = com.stratum.tier.Tier.STANDARD and f.fit >= " + profile.reviewHighFit + ")";
        if ("DEMOTE".equals(criteria.suggestion())) {
            query.and(low);
        } else if ("PROMOTE".equals(criteria.suggestion())) {
            query.and(high);
        } else {
            query.and("(" + low + " or " + high + ")");
        }
        query.in("a.ownerId", criteria.ownerIds());
        Paging.Slice<Object[]> page = paging.page(LIST, query, keyset, limit, cursor);
        return new TierReviewPage(page.map(TierReviewQueries::item).items(), page.nextCursor(), page.total(),
                page.totalIsEstimate(), start, start.plusMonths(months).minusDays(1), profile.reviewLowFit,
                profile.reviewHighFit);
    }

    private static TierReviewItem item(Object[] r) {
        Account a = (Account) r[0];
        return new TierReviewItem(a.id, a.name, a.ownerId, (String) r[2], a.tier, ((Number) r[1]).intValue(), a.arr,
                a.tier == Tier.STANDARD ? "PROMOTE" : "DEMOTE", a.updatedAt);
    }
}
