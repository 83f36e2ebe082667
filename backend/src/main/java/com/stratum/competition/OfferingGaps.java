package com.stratum.competition;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.Keyset;
import com.stratum.common.MergePatch;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import com.stratum.common.SqlValues;
import com.stratum.common.Sync;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Offering gaps: what a competitor offers that we lack, with the accounts that use it, ranked by the ARR of those
 * accounts (the product team's input). Written by account managers and above.
 */
@ApplicationScoped
public class OfferingGaps {
    private static final List<SortField<OfferingGapView>> RANK = List.of(
            new SortField<>("arr", "g.arr", ValueType.DECIMAL, false, OfferingGapView::arr),
            new SortField<>("updatedAt", "g.updated_at", ValueType.INSTANT, false, OfferingGapView::updatedAt));

    /** How many of a gap's accounts the gap itself lists (topAccountIds); GET /{id}/accounts pages them all. */
    public static final int TOP_ACCOUNTS = 10;
    private static final List<SortField<OfferingGapAccountView>> ACCOUNT_RANK = List.of(
            new SortField<>("arr", "x.account_arr", ValueType.DECIMAL, false, OfferingGapAccountView::arr));

    private final EntityManager em;
    private final Validation validation;
    private final MergePatch mergePatch;
    private final Competitors competitors;
    private final Clock clock;
    private final Sync sync;

    public OfferingGaps(EntityManager em, Validation validation, MergePatch mergePatch, Competitors competitors,
            Clock clock, Sync sync) {
        this.em = em;
        this.sync = sync;
        this.validation = validation;
        this.mergePatch = mergePatch;
        this.competitors = competitors;
        this.clock = clock;
    }

    /** One statement for the count and one for the page, whatever the page holds. */
    @Transactional
    public OfferingGapPage list(List<UUID> competitorIds, List<UUID> accountIds, Instant updatedAfter, int limit,
            String cursor) {
        Keyset<OfferingGapView> keyset = Keyset.parse(Sync.sort(updatedAfter, null), "-arr", RANK, "g.id",
                OfferingGapView::id);
        QueryBuilder filters = new QueryBuilder();
        sync.bound(updatedAfter, "g.updated_at", filters);
        if (!competitorIds.isEmpty()) {
            filters.and("g.competitor_id in " + filters.param(competitorIds));
        }
        if (!accountIds.isEmpty()) {
            filters.and("g.id in (select gap_id from offering_gap_account where account_id in "
                    + filters.param(accountIds) + ")");
        }
        long total = SqlValues.count(filters.bind(em.createNativeQuery("select count(*) from offering_gap g"
                + filters.where())).getSingleResult());
        // The filters name columns that the ranked table g has too, so they apply to it as they are.
        keyset.after(cursor, filters);
        String sql = ranked("") + filters.where() + " order by " + keyset.orderBy() + " limit " + (limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filters.bind(em.createNativeQuery(sql)).getResultList();
        List<OfferingGapView> views = rows.stream().map(OfferingGaps::view).toList();
        return new OfferingGapPage(views.stream().limit(limit).toList(), keyset.next(views, limit), total, false);
    }

    @Transactional
    public OfferingGapView get(UUID id) {
        QueryBuilder query = new QueryBuilder();
        String where = " where g.id = " + query.param(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.bind(em.createNativeQuery(ranked(where))).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("offering gap", id);
        }
        return view(rows.get(0));
    }

    @Transactional
    public OfferingGapView create(OfferingGapInput input) {
        CurrentCaller.requireRole(Role.ACCOUNT_MANAGER, "Recording offering gaps");
        validation.check(input);
        Instant now = Text.now(clock);
        OfferingGap gap = new OfferingGap();
        gap.id = UUID.randomUUID();
        gap.createdAt = now;
        apply(gap, input, now);
        gap.persist();
        em.flush();
        writeAccounts(gap.id, input.accountIds());
        return get(gap.id);
    }

    @Transactional
    public OfferingGapView patch(UUID id, JsonNode patch, String ifMatch) {
        CurrentCaller.requireRole(Role.ACCOUNT_MANAGER, "Recording offering gaps");
        OfferingGap gap = find(id);
        ETags.check(ifMatch, gap.version);
        OfferingGapInput before = new OfferingGapInput(gap.competitorId, gap.offering, gap.notes, accountIds(id));
        OfferingGapInput changed = validation.check(mergePatch.apply(before, patch, READ_ONLY,
                OfferingGapInput.class));
        if (!changed.equals(before)) {
            Instant now = Text.now(clock);
            apply(gap, changed, now);
            gap.updatedAt = now;
            gap.version++; // the accounts alone change no column of the row, and are part of it
            em.flush();
            writeAccounts(id, changed.accountIds());
        }
        return get(id);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        CurrentCaller.requireRole(Role.ACCOUNT_MANAGER, "Recording offering gaps");
        OfferingGap gap = find(id);
        ETags.check(ifMatch, gap.version);
        gap.delete();
    }

    /** A gap's accounts, largest ARR first (archived ones too, flagged), keyset-paged: two index reads. */
    @Transactional
    public OfferingGapAccountPage accounts(UUID id, int limit, String cursor) {
        // The gap's existence and its count in one statement (no row: no such gap).
        @SuppressWarnings("unchecked")
        List<Number> counted = em.createNativeQuery("select (select count(*) from offering_gap_account x"
                + " where x.gap_id = g.id) from offering_gap g where g.id = :gap").setParameter("gap", id)
                .getResultList();
        if (counted.isEmpty()) {
            throw ApiProblem.notFound("offering gap", id);
        }
        Keyset<OfferingGapAccountView> keyset = Keyset.parse(null, "-arr", ACCOUNT_RANK, "x.account_id",
                OfferingGapAccountView::id);
        QueryBuilder query = new QueryBuilder();
        query.and("x.gap_id = " + query.param(id));
        keyset.after(cursor, query);
        String sql = "select x.account_id, a.name, x.account_arr, x.archived from offering_gap_account x"
                + " join account a on a.id = x.account_id" + query.where() + " order by " + keyset.orderBy()
                + " limit " + (limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.bind(em.createNativeQuery(sql)).getResultList();
        List<OfferingGapAccountView> views = rows.stream().map(r -> new OfferingGapAccountView((UUID) r[0],
                (String) r[1], (BigDecimal) r[2], (Boolean) r[3])).toList();
        return new OfferingGapAccountPage(views.stream().limit(limit).toList(), keyset.next(views, limit),
                counted.get(0).longValue(), false);
    }

    /** The account uses the gap (nothing changes if it does already). */
    @Transactional
    public OfferingGapView addAccount(UUID id, UUID accountId) {
        CurrentCaller.requireRole(Role.ACCOUNT_MANAGER, "Recording offering gaps");
        OfferingGap gap = find(id);
        if (em.createNativeQuery("select 1 from account where id = :id").setParameter("id", accountId)
                .getResultList().isEmpty()) {
            throw ApiProblem.notFound("account", accountId);
        }
        int added = em.createNativeQuery("insert into offering_gap_account (gap_id, account_id) values (:gap, :account)"
                + " on conflict do nothing").setParameter("gap", id).setParameter("account", accountId)
                .executeUpdate();
        changedAccounts(gap, added);
        return get(id);
    }

    /** The account no longer uses the gap (nothing changes if it did not). */
    @Transactional
    public void removeAccount(UUID id, UUID accountId) {
        CurrentCaller.requireRole(Role.ACCOUNT_MANAGER, "Recording offering gaps");
        OfferingGap gap = find(id);
        int removed = em.createNativeQuery("delete from offering_gap_account where gap_id = :gap"
                + " and account_id = :account").setParameter("gap", id).setParameter("account", accountId)
                .executeUpdate();
        changedAccounts(gap, removed);
    }

    private void changedAccounts(OfferingGap gap, int rows) {
        if (rows > 0) {
            gap.updatedAt = Text.now(clock);
            gap.version++; // the accounts are part of the gap, as in a PATCH of accountIds
            em.flush();
        }
    }

    private List<UUID> accountIds(UUID id) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select account_id from offering_gap_account where gap_id = :gap"
                + " order by account_arr desc, account_id").setParameter("gap", id).getResultList();
        return ids;
    }

    private OfferingGap find(UUID id) {
        OfferingGap gap = em.find(OfferingGap.class, id);
        if (gap == null) {
            throw ApiProblem.notFound("offering gap", id);
        }
        return gap;
    }

    private static final Map<String, String> READ_ONLY = readOnly();

    private static Map<String, String> readOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        for (String derived : List.of("competitorName", "accountCount", "arr", "topAccountIds")) {
            readOnly.put(derived, MergePatch.READ_ONLY);
        }
        return Map.copyOf(readOnly);
    }

    private void apply(OfferingGap gap, OfferingGapInput input, Instant now) {
        if (competitors.name(input.competitorId()).isEmpty()) {
            throw ApiProblem.validation("competitorId", "No competitor has the id " + input.competitorId()
                    + "; choose one from GET /api/v1/competitors, or ask a manager to add it.");
        }
        String offering = input.offering().trim();
        List<OfferingGap> same = OfferingGap.list("competitorId = ?1 and lower(offering) = ?2 and id <> ?3",
                input.competitorId(), offering.toLowerCase(Locale.ROOT), gap.id);
        if (!same.isEmpty()) {
            throw ApiProblem.conflict("duplicate", "Duplicate value", "This competitor's offering \"" + offering
                            + "\" is recorded already; add the accounts to that gap instead.")
                    .with("field", "offering").with("existingId", same.get(0).id);
        }
        List<UUID> accounts = input.accountIds() == null ? List.of() : input.accountIds();
        if (!accounts.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<UUID> known = em.createNativeQuery("select id from account where id in (:ids)")
                    .setParameter("ids", accounts).getResultList();
            List<UUID> unknown = accounts.stream().filter(a -> !known.contains(a)).distinct().toList();
            if (!unknown.isEmpty()) {
                throw ApiProblem.validation("accountIds", "No account has the id " + unknown.get(0)
                        + "; choose existing accounts.");
            }
        }
        gap.competitorId = input.competitorId();
        gap.offering = offering;
        gap.notes = Text.trimToNull(input.notes());
        gap.updatedAt = now;
    }

    private void writeAccounts(UUID gapId, List<UUID> accountIds) {
        em.createNativeQuery("delete from offering_gap_account where gap_id = :gap").setParameter("gap", gapId)
                .executeUpdate();
        List<UUID> accounts = accountIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(accountIds));
        if (!accounts.isEmpty()) {
            em.createNativeQuery("insert into offering_gap_account (gap_id, account_id)"
                    + " select :gap, unnest(cast(:ids as uuid[]))").setParameter("gap", gapId)
                    .setParameter("ids", accounts.toArray(UUID[]::new)).executeUpdate();
        }
    }

    /**
     * The gaps {@code where} selects, with their totals and their first {@link #TOP_ACCOUNTS} accounts (largest ARR
     * first), as table g: each an index-only read of the gap's use rows, which carry their account's ARR (V55).
     */
    private static String ranked(String where) {
        return """
                select * from (
                    select g.id, g.competitor_id, c.name as competitor_name, g.offering, g.notes,
                           (select string_agg(t.account_id::text, ',' order by t.account_arr desc, t.account_id)
                              from (select x.account_id, x.account_arr from offering_gap_account x
                                     where x.gap_id = g.id order by x.account_arr desc, x.account_id
                                     limit %d) t) as top_account_ids,
                           (select count(*) from offering_gap_account x where x.gap_id = g.id) as account_count,
                           (select coalesce(sum(x.account_arr), 0) from offering_gap_account x
                             where x.gap_id = g.id and not x.archived) as arr,
                           g.created_at, g.updated_at, g.version
                      from offering_gap g join competitor c on c.id = g.competitor_id %s
                ) g""".formatted(TOP_ACCOUNTS, where);
    }

    private static OfferingGapView view(Object[] r) {
        String ids = (String) r[5];
        List<UUID> topAccountIds = ids == null ? List.of() : Arrays.stream(ids.split(",")).map(UUID::fromString)
                .toList();
        return new OfferingGapView((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4], topAccountIds,
                SqlValues.count(r[6]), (BigDecimal) r[7], SqlValues.instant(r[8]), SqlValues.instant(r[9]),
                SqlValues.count(r[10]));
    }
}
