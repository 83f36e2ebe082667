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
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An account's timeline: one keyset-paged query over the view {@code timeline_entry} (newest first, the id breaking
 * ties), plus its count. The cursor also bounds the time ({@link Keyset#withLeadingBound}), so that each source's
 * index starts at the cursor: a page reads about a page from each source however deep it is.
 */
@ApplicationScoped
public class TimelineQueries {
    private static final Paging.Query<TimelineEntry> QUERY = Paging.Query.of("t", "TimelineEntry t",
            TimelineEntry.class);
    private static final List<SortField<TimelineEntry>> ORDER = List.of(
            new SortField<>("at", "t.at", ValueType.INSTANT, false, e -> e.at));

    private final Paging paging;
    private final AccountQueries accounts;

    public TimelineQueries(Paging paging, AccountQueries accounts) {
        this.paging = paging;
        this.accounts = accounts;
    }

    @Transactional
    public TimelinePage page(UUID accountId, List<String> kinds, int limit, String cursor) {
        accounts.find(accountId);
        Keyset<TimelineEntry> keyset = Keyset.parse("-at", "-at", ORDER, "t.id", e -> e.id).withLeadingBound();
        QueryBuilder query = new QueryBuilder();
        query.and("t.accountId = " + query.param(accountId));
        query.in("t.kind", kinds(kinds));
        return paging.page(QUERY, query, keyset, limit, cursor).map(TimelineEntryView::of).to(TimelinePage::new);
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
