package com.stratum.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The one routine behind every list: the rows after the cursor (limit + 1 are read, so that the next cursor is
 * made only when there is a next page) and the count of every row the filters match, whatever the cursor.
 * Counting stops after {@code stratum.paging.exact-count-limit} rows, so a count costs at most that many
 * index entries; when more match, the total is PostgreSQL's planner estimate for the same query (EXPLAIN),
 * flagged as an estimate.
 */
@ApplicationScoped
public class Paging {
    /** The contract's words for the two count properties every page record has. */
    public static final String TOTAL = "How many items match the filters in all pages; the cursor does not change it."
            + " Exact when at most 1,000 match (stratum.paging.exact-count-limit); above that, the database's"
            + " estimate, and totalIsEstimate is true.";
    public static final String TOTAL_IS_ESTIMATE = "True when `total` is an estimate: more items match than are"
            + " counted exactly. Show it as one (\"about 48,000\").";

    /**
     * An order that orders nothing: HQL wants an order for a limit in a subquery, and PostgreSQL drops a constant's
     * sort key, so the planner reads the matches however it likes.
     */
    private static final String ANY_ORDER = "cast(null as Integer)";

    private final EntityManager em;
    private final ObjectMapper json;
    private final int exactCountLimit;

    public Paging(EntityManager em, ObjectMapper json,
            @ConfigProperty(name = "stratum.paging.exact-count-limit", defaultValue = "1000") int exactCountLimit) {
        this.em = em;
        this.json = json;
        this.exactCountLimit = exactCountLimit;
    }

    /**
     * What a list selects (an entity, or several values read into a row by {@code row}) and from where: an
     * entity with the joins its filters and columns need. {@code :name} parameters in {@code from} are bound
     * with {@link QueryBuilder#bind}. {@code countFrom} is what the count reads, {@code from} unless
     * {@link #countedFrom} says less: the root alone when the joins only name things for the columns (an inner
     * join along a foreign key that is never null, a left join) and no filter uses them, so that a count of up to
     * the exact-count limit reads one index rather than joining a row of each table for every match.
     * {@code limitInText}: see {@link #limitWritten}.
     */
    public record Query<T>(String select, String from, String countFrom, Class<?> resultType,
            Function<Object, T> row, boolean limitInText) {
        public static <T> Query<T> of(String select, String from, Class<T> entity) {
            return new Query<>(select, from, from, entity, entity::cast, false);
        }

        public static <T> Query<T> ofRows(String select, String from, Function<Object[], T> row) {
            return new Query<>(select, from, from, Object[].class, values -> row.apply((Object[]) values), false);
        }

        /** The same list, counted from {@code countFrom} (see above: it must match the same rows as from). */
        public Query<T> countedFrom(String countFrom) {
            return new Query<>(select, from, countFrom, resultType, row, limitInText);
        }

        /**
         * The same list with the page's limit written into the statement rather than bound: a prepared statement's
         * generic plan (PostgreSQL's, from its sixth run) assumes an unknown limit takes a tenth of the rows, and for
         * some lists that plan walks the wrong index (the review queue of one owner: newest events of the company
         * first, 50 ms, against 0.5 ms from the owner's accounts). One text per limit asked for: limits are few.
         */
        public Query<T> limitWritten() {
            return new Query<>(select, from, countFrom, resultType, row, true);
        }
    }

    /** The most matches a count reads; above it, a list's total is an estimate. */
    public int exactCountLimit() {
        return exactCountLimit;
    }

    /** One page of rows, the cursor of the next page (null on the last) and how many rows match in all. */
    public record Slice<T>(List<T> items, String nextCursor, long total, boolean totalIsEstimate) {
        public <V> Slice<V> map(Function<T, V> view) {
            return new Slice<>(items.stream().map(view).toList(), nextCursor, total, totalIsEstimate);
        }

        /** The API's page record of this slice, built by its canonical constructor. */
        public <P> P to(Page<T, P> page) {
            return page.of(items, nextCursor, total, totalIsEstimate);
        }
    }

    /** The canonical constructor of an API page record: items, nextCursor, total, totalIsEstimate. */
    @FunctionalInterface
    public interface Page<T, P> {
        P of(List<T> items, String nextCursor, long total, boolean totalIsEstimate);
    }

    /**
     * The page after {@code cursor} of the rows {@code filters} match, in the keyset's order, with their count. A
     * first page that holds every match is its own count: no second statement is run for it (an account's
     * People tab, most filtered lists).
     */
    public <T> Slice<T> page(Query<T> list, QueryBuilder filters, Keyset<T> keyset, int limit, String cursor) {
        String matching = " from " + list.countFrom() + filters.where();
        return page(list, filters, keyset, limit, cursor, () -> count(matching, filters, keyset));
    }

    /**
     * As {@link #page}, with the total counted by {@code counter} when one is needed, for a list whose matches an
     * index finds faster than the list's own order does (it must count the same rows, without the cursor).
     */
    public <T> Slice<T> page(Query<T> list, QueryBuilder filters, Keyset<T> keyset, int limit, String cursor,
            Supplier<Total> counter) {
        boolean firstPage = cursor == null || cursor.isBlank();
        Total total = firstPage ? null : counter.get();
        keyset.after(cursor, filters);
        String select = "select " + list.select() + " from " + list.from() + filters.where() + " order by "
                + keyset.orderBy();
        List<?> found = list.limitInText()
                ? filters.create(em, select + " limit " + (limit + 1), list.resultType()).getResultList()
                : filters.create(em, select, list.resultType()).setMaxResults(limit + 1).getResultList();
        List<T> rows = found.stream().map(list.row()).toList();
        if (total == null) {
            total = rows.size() <= limit ? new Total(rows.size(), false) : counter.get();
        }
        return new Slice<>(rows.stream().limit(limit).toList(), keyset.next(rows, limit), total.count(),
                total.estimate());
    }

    /**
     * The page after {@code cursor} among a search's capped candidates ({@code candidates}) when more matched than
     * the cap: its total is the planner's estimate of what {@code matching} finds, never below {@code atLeast}, and
     * the candidates are not counted (the count would be replaced by the estimate anyway).
     */
    public <T> Slice<T> pageOfCapped(Query<T> list, QueryBuilder candidates, Keyset<T> keyset, int limit,
            String cursor, Query<?> estimated, QueryBuilder matching, long atLeast) {
        keyset.after(cursor, candidates);
        List<T> rows = candidates.create(em, "select " + list.select() + " from " + list.from() + candidates.where()
                        + " order by " + keyset.orderBy(), list.resultType())
                .setMaxResults(limit + 1).getResultList().stream().map(list.row()).toList();
        long estimate = estimate(" from " + estimated.from() + matching.where(), matching, keyset.idPath());
        return new Slice<>(rows.stream().limit(limit).toList(), keyset.next(rows, limit), Math.max(estimate, atLeast),
                true);
    }

    /** How many rows a list's filters match: exact up to the exact-count limit, else the planner's estimate. */
    public record Total(long count, boolean estimate) {
        /** The total of two disjoint parts of a list: an estimate if either part is one. */
        public Total plus(Total other) {
            return new Total(count + other.count, estimate || other.estimate);
        }
    }

    /**
     * The total of a list read by native SQL ({@code matching}: its " from … where …", bound by {@code filters}),
     * as {@link #page} counts: at most exact-count-limit + 1 rows, read in the list's order ({@code orderBy}: the
     * index its pages are read from; without it the planner may hash every match first, 10 ms for the 22,000 snoozes
     * at 100,000 accounts), then the planner's estimate of {@code select idColumn + matching}, never below what was
     * counted. A null {@code orderBy} leaves the planner free to read the matches from any index (for a part of a
     * list whose matches an index holds but not in the list's order).
     */
    public Total countNative(String matching, QueryBuilder filters, String orderBy, String idColumn) {
        long counted = ((Number) filters.bind(em.createNativeQuery("select count(*) from (select 1" + matching
                + (orderBy == null ? "" : " order by " + orderBy) + " limit " + (exactCountLimit + 1) + ") matched"))
                .getSingleResult()).longValue();
        if (counted <= exactCountLimit) {
            return new Total(counted, false);
        }
        NativeQuery<?> explain = filters.bind(em.createNativeQuery("select cast(" + idColumn + " as text)" + matching))
                .unwrap(NativeQuery.class).addScalar("QUERY PLAN", StandardBasicTypes.STRING);
        explain.setFlushMode(FlushModeType.COMMIT); // nothing but the EXPLAIN may run while it is on
        return new Total(Math.max(plannedRows(ExplainingInspector.explain(() -> (String) explain.getSingleResult())),
                counted), true);
    }

    /**
     * As {@link #page} counts, but with the planner free to read the matches from any index, in any order: for a list
     * whose filter an index finds in another order than the list's (the accounts by risk flag: the flags' GIN index,
     * then a sort in the list's order of every match only to keep 1,001 of them). For a {@code counter} of
     * {@link #page(Query, QueryBuilder, Keyset, int, String, Supplier)}, which calls it without the cursor's bound.
     */
    public Total countInAnyOrder(Query<?> list, QueryBuilder filters, Keyset<?> keyset) {
        return count(" from " + list.countFrom() + filters.where(), filters, keyset, ANY_ORDER);
    }

    /**
     * Counts at most exact-count-limit + 1 matches, read in {@code orderBy}: the list's own order (served by the
     * index its pages are read from) or {@link #ANY_ORDER}. Above the limit the planner's estimate is used, but never
     * below what was counted.
     */
    private Total count(String matching, QueryBuilder filters, Keyset<?> keyset) {
        return count(matching, filters, keyset, keyset.orderBy());
    }

    private Total count(String matching, QueryBuilder filters, Keyset<?> keyset, String orderBy) {
        String id = keyset.idPath();
        long counted = filters.create(em, "select count(*) from (select " + id + " as id" + matching + " order by "
                + orderBy + " limit " + (exactCountLimit + 1) + ") matched", Long.class).getSingleResult();
        if (counted <= exactCountLimit) {
            return new Total(counted, false);
        }
        return new Total(Math.max(estimate(matching, filters, id), counted), true);
    }

    private long estimate(String matching, QueryBuilder filters, String idPath) {
        var explain = filters.create(em, "select cast(" + idPath + " as String)" + matching, String.class)
                .setFlushMode(FlushModeType.COMMIT); // nothing but the EXPLAIN may run while it is on
        return plannedRows(ExplainingInspector.explain(explain::getSingleResult));
    }

    private long plannedRows(String plan) {
        try {
            return json.readTree(plan).path(0).path("Plan").path("Plan Rows").asLong();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("EXPLAIN gave no JSON plan", e);
        }
    }
}
