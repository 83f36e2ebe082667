package com.stratum.sync;

import com.stratum.common.ApiProblem;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import com.stratum.common.Sync;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The deleted records of one type, for sync: the same settle window and order as the lists' updatedAfter. */
@ApplicationScoped
public class Deletions {
    private static final Paging.Query<Tombstone> LIST = Paging.Query.of("t", "Tombstone t", Tombstone.class);
    private static final List<SortField<Tombstone>> ORDER = List.of(
            new SortField<>("deletedAt", "t.deletedAt", ValueType.INSTANT, false, t -> t.deletedAt));

    private final Paging paging;
    private final Sync sync;
    private final CurrentCaller caller;

    public Deletions(Paging paging, Sync sync, CurrentCaller caller) {
        this.paging = paging;
        this.sync = sync;
        this.caller = caller;
    }

    @Transactional
    public DeletionPage list(DeletedType type, Instant after, int limit, String cursor) {
        if (type == null) {
            throw ApiProblem.badParameter("type", "is required: name the type of record whose deletions to list");
        }
        if (after == null) {
            throw ApiProblem.badParameter(Sync.PARAMETER, "is required: give the Stratum-Synced-Through of your last"
                    + " run, or 1970-01-01T00:00:00Z for the first");
        }
        if (!caller.require().can(type.scope)) {
            throw Problems.missingScope(type.scope);
        }
        Keyset<Tombstone> keyset = Keyset.parse(null, "deletedAt", ORDER, "t.id", t -> t.id);
        QueryBuilder query = new QueryBuilder();
        query.and("t.type = " + query.param(type.name()));
        sync.bound(after, "t.deletedAt", query);
        return paging.page(LIST, query, keyset, limit, cursor).map(DeletionView::of).to(DeletionPage::new);
    }
}
