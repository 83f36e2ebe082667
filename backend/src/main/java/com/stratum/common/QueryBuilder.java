package com.stratum.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** "path in (...)" when there are values; no condition at all when there are none. */
    public QueryBuilder in(String path, java.util.Collection<?> values) {
        return values.isEmpty() ? this : and(path + " in " + param(values));
    }

    /** Like {@link #in}, ignoring case: for free-typed labels such as an industry. */
    public QueryBuilder inIgnoringCase(String path, java.util.Collection<String> values) {
        return values.isEmpty() ? this : and("lower(" + path + ") in " + param(values.stream()
                .map(v -> v.toLowerCase(java.util.Locale.ROOT)).distinct().toList()));
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
