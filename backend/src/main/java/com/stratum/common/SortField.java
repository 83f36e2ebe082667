package com.stratum.common;

import java.util.function.Function;

/**
 * A property a list can be sorted on: its API name, the HQL path it sorts by, how its cursor value is
 * read back, whether it may be null (nulls always sort last), and how to read it from a row.
 */
public record SortField<T>(String name, String path, ValueType type, boolean nullable, Function<T, Object> value) {

    public enum ValueType { STRING, DECIMAL, INTEGER, DATE, INSTANT, UUID }

    public record Key<T>(SortField<T> field, boolean descending) {
        public String token() {
            return (descending ? "-" : "") + field.name();
        }
    }
}
