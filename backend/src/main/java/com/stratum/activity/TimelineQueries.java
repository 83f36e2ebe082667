package com.stratum.activity;

import com.stratum.account.AccountQueries;
import com.stratum.common.ApiProblem;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An account's timeline: one keyset-paged query over the view {@code timeline_entry} (newest first, the id breaking
 * ties), plus its count. The cursor also bounds the time ({@link Keyset#withLeadingBound}), so that each source's
 * index starts at the cursor: a page reads about a page from each source however deep it is.
 */
@ApplicationScoped
public class TimelineQueries {
    /**
     * The entries as plain values ({@link TimelineEntryView}s), not {@link TimelineEntry} entities; the page's limit
     * written in, so that PostgreSQL keeps a generic plan of the view's union rather than planning it on every
     * request ({@link Paging.Query#limitWritten}).
     */
    private static final Paging.Query<TimelineEntryView> QUERY = Paging.Query.ofRows("t.kind, t.event, t.at, t.id,"
            + " t.accountId, t.title, t.body, t.actor, t.refType, t.refId, t.detail", "TimelineEntry t",
            TimelineQueries::view).limitWritten();
    private static final List<SortField<TimelineEntryView>> ORDER = List.of(
            new SortField<>("at", "t.at", ValueType.INSTANT, false, TimelineEntryView::at));

    private final Paging paging;
    private final AccountQueries accounts;

    public TimelineQueries(Paging paging, AccountQueries accounts) {
        this.paging = paging;
        this.accounts = accounts;
    }

    /**
     * The page, and only when it is empty the account (a 404 when there is none): a page with entries has its
     * account, so the usual page is one statement, or two with its count.
     */
    @Transactional
    public TimelinePage page(UUID accountId, List<String> kinds, int limit, String cursor) {
        Keyset<TimelineEntryView> keyset = Keyset.parse("-at", "-at", ORDER, "t.id", TimelineEntryView::id)
                .withLeadingBound();
        QueryBuilder query = new QueryBuilder();
        query.and("t.accountId = " + query.param(accountId));
        query.in("t.kind", kinds(kinds));
        TimelinePage page = paging.page(QUERY, query, keyset, limit, cursor).to(TimelinePage::new);
        if (page.items().isEmpty()) {
            accounts.find(accountId);
        }
        return page;
    }

    @SuppressWarnings("unchecked")
    private static TimelineEntryView view(Object[] r) {
        Map<String, Object> detail = (Map<String, Object>) r[10];
        return new TimelineEntryView((String) r[0], (String) r[1], (Instant) r[2], (UUID) r[3], (UUID) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (UUID) r[9],
                detail == null ? Map.of() : detail);
    }

    /** The kinds asked for, each a kind the timeline has; a 400 names the parameter otherwise. */
    static List<String> kinds(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> v.trim().toUpperCase(Locale.ROOT)).map(v -> {
                    if (!TimelineKind.ALL.contains(v)) {
                        throw ApiProblem.badParameter("kind", "must be one of " + String.join(", ", TimelineKind.ALL));
                    }
                    return v;
                }).distinct().toList();
    }
}
