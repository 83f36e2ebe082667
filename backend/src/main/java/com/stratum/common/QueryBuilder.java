package com.stratum.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Accumulates the where-clause of a list query with named parameters, so filters never touch SQL text. */
public final class QueryBuilder {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Registers a value and returns its placeholder. */
    public String param(Object value) {
        String name = "p" + (params.size() + 1);
        params.put(name, value);
        return ":" + name;
    }

    /** Binds a named parameter that the query's fixed text uses (a join condition, say), not a filter. */
    public QueryBuilder bind(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public QueryBuilder and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** "path = :p" for one value, "path in (...)" for several, no condition at all for none. */
    public QueryBuilder in(String path, Collection<?> values) {
        return values.isEmpty() ? this : and(path + oneOf(values));
    }

    /**
     * Like {@link #in} for enum constants, written into the query as literals rather than bound: PostgreSQL's generic
     * plan of a prepared statement (used from its sixth run) can then use a partial index on such a value (status =
     * 'OPEN'), which a bound parameter cannot. The constants of one enum are few, and so are the texts.
     */
    public QueryBuilder inConstants(String path, Collection<? extends Enum<?>> values) {
        List<String> literals = values.stream().distinct().sorted(java.util.Comparator.comparing(Enum::ordinal))
                .map(QueryBuilder::literal).toList();
        if (literals.isEmpty()) {
            return this;
        }
        return and(path + (literals.size() == 1 ? " = " + literals.get(0)
                : " in (" + String.join(", ", literals) + ")"));
    }

    /** An enum constant as an HQL literal (its class's name and the constant). */
    public static String literal(Enum<?> value) {
        return value.getDeclaringClass().getName().replace('$', '.') + "." + value.name();
    }

    /** Like {@link #in}, ignoring case: for free-typed labels such as an industry. */
    public QueryBuilder inIgnoringCase(String path, Collection<String> values) {
        return values.isEmpty() ? this : and("lower(" + path + ")" + oneOf(values.stream()
                .map(v -> v.toLowerCase(Locale.ROOT)).toList()));
    }

    /**
     * " = :p1" for one value, " in (:p1, :p2, ...)" for several (at least one): one parameter per value, their
     * number rounded up to a power of two by repeating the last value. Hibernate does not cache the plan of a query
     * with a parameter that may take a list ("in :p", and also "in (:p)" with one value), so it translated such a
     * list query from HQL to SQL again on every request (a third of a list page's CPU). With single values the query
     * text is the cache key, and the rounding keeps the number of distinct texts (and of PostgreSQL's prepared
     * statements) small whatever the list's size.
     */
    public String oneOf(Collection<?> values) {
        List<?> distinct = values.stream().distinct().toList();
        if (distinct.size() == 1) {
            return " = " + param(distinct.get(0));
        }
        int slots = Integer.highestOneBit(distinct.size());
        if (slots < distinct.size()) {
            slots <<= 1;
        }
        List<String> placeholders = new ArrayList<>(slots);
        for (int i = 0; i < slots; i++) {
            placeholders.add(param(distinct.get(Math.min(i, distinct.size() - 1))));
        }
        return " in (" + String.join(", ", placeholders) + ")";
    }

    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Binds the registered values to a native query whose SQL uses the same placeholders. */
    public jakarta.persistence.Query bind(jakarta.persistence.Query query) {
        params.forEach(query::setParameter);
        return query;
    }

    public <R> TypedQuery<R> create(EntityManager em, String hql, Class<R> type) {
        TypedQuery<R> query = em.createQuery(hql, type);
        params.forEach(query::setParameter);
        return query;
    }
}
