package com.stratum.contract;

import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import com.stratum.common.Sync;
import com.stratum.opportunity.Stage;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The renewals list: contracts of live accounts ending from today to {@code within} days ahead, by end date, with
 * the account's last grade and follow-up (kept on the account by survey), its open revenue alerts and the renewal
 * opportunity, one query per page.
 */
@ApplicationScoped
public class RenewalQueries {
    public static final int DEFAULT_WITHIN = 90;
    public static final int MAX_WITHIN = 730;
    private static final String FROM = "Contract c join Account a on a.id = c.accountId"
            + " join TierPolicy tp on tp.tier = a.tier left join User u on u.id = a.ownerId"
            + " left join Opportunity o on o.id = c.renewalOpportunityId";
    private static final String COLUMNS = "c, a.name, a.ownerId, u.name, a.tier, a.lastQbrGrade, a.lastQbrAt,"
            + " a.followUpDue, tp.renewalLeadDays, o.stage, o.amount,"
            // The account's open revenue alerts: a count from revenue_alert's account index, per row of the page.
            + " (select count(v) from RevenueAlert v where v.accountId = a.id"
            + " and v.status <> com.stratum.revenuealert.AlertStatus.RESOLVED)";
    private static final Paging.Query<Object[]> LIST = Paging.Query.ofRows(COLUMNS, FROM, r -> r);
    private static final List<SortField<Object[]>> SORTS = List.of(
            new SortField<>("endDate", "c.endDate", ValueType.DATE, false, r -> ((Contract) r[0]).endDate),
            new SortField<>("updatedAt", "c.updatedAt", ValueType.INSTANT, false, r -> ((Contract) r[0]).updatedAt));

    private final Paging paging;
    private final Sync sync;
    private final Clock clock;

    public RenewalQueries(Paging paging, Sync sync, Clock clock) {
        this.paging = paging;
        this.sync = sync;
        this.clock = clock;
    }

    public record Criteria(int within, List<UUID> ownerIds, List<Tier> tiers) {
    }

    @Transactional
    public RenewalPage list(Criteria criteria, Instant updatedAfter, int limit, String cursor) {
        LocalDate today = LocalDate.now(clock);
        Keyset<Object[]> keyset = Keyset.parse(Sync.sort(updatedAfter, null), "endDate", SORTS, "c.id",
                r -> ((Contract) r[0]).id);
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "c.updatedAt", query);
        query.and("c.endDate >= " + query.param(today));
        query.and("c.endDate <= " + query.param(today.plusDays(criteria.within())));
        query.and("a.archived = false");
        query.in("a.ownerId", criteria.ownerIds());
        query.in("a.tier", criteria.tiers());
        return paging.page(LIST, query, keyset, limit, cursor).map(r -> view(r, today)).to(RenewalPage::new);
    }

    private static RenewalView view(Object[] r, LocalDate today) {
        Contract c = (Contract) r[0];
        int leadDays = ((Number) r[8]).intValue();
        return new RenewalView(c.id, c.accountId, (String) r[1], (UUID) r[2], (String) r[3], (Tier) r[4], c.endDate,
                ChronoUnit.DAYS.between(today, c.endDate), c.annualValue, c.autoRenew, c.noticeDays,
                c.endDate.minusDays(c.noticeDays), RenewalDue.on(c.endDate, c.noticeDays, leadDays), (String) r[5],
                (Instant) r[6], (LocalDate) r[7], c.renewalOpportunityId, (Stage) r[9], (BigDecimal) r[10],
                ((Number) r[11]).intValue());
    }
}
