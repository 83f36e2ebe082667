package com.stratum.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keyset paging over an ordered list of sort keys with the id as the last tie-breaker. The cursor is
 * the sort signature plus the last row's key values, base64url-encoded; it is opaque to clients and
 * only valid for the sort it was made with.
 */
public final class Keyset<T> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<SortField.Key<T>> keys;
    private final String idPath;
    private final Function<T, UUID> id;
    private final String signature;
    private final boolean leadingBound;

    private Keyset(List<SortField.Key<T>> keys, String idPath, Function<T, UUID> id) {
        this(keys, idPath, id, false);
    }

    private Keyset(List<SortField.Key<T>> keys, String idPath, Function<T, UUID> id, boolean leadingBound) {
        this.keys = keys;
        this.idPath = idPath;
        this.id = id;
        this.leadingBound = leadingBound;
        // "2:" since ties break in the sort's direction: a cursor from before then is refused, not misread.
        this.signature = "2:" + keys.stream().map(SortField.Key::token).collect(Collectors.joining(","));
    }

    /**
     * Parses a `sort` parameter such as {@code -arr,name} against the allowed fields; {@code fallback} is
     * used when the parameter is absent.
     */
    public static <T> Keyset<T> parse(String sort, String fallback, List<SortField<T>> allowed, String idPath,
            Function<T, UUID> id) {
        Map<String, SortField<T>> byName = new LinkedHashMap<>();
        allowed.forEach(field -> byName.put(field.name(), field));
        String text = sort == null || sort.isBlank() ? fallback : sort;
        List<SortField.Key<T>> keys = new ArrayList<>();
        for (String token : text.split(",")) {
            String trimmed = token.trim();
            boolean descending = trimmed.startsWith("-");
            String name = descending ? trimmed.substring(1) : trimmed;
            SortField<T> field = byName.get(name);
            if (field == null) {
                throw ApiProblem.badParameter("sort", "may only name " + String.join(", ", byName.keySet())
                        + " (prefix - for descending), separated by commas");
            }
            if (keys.stream().anyMatch(key -> key.field() == field)) {
                throw ApiProblem.badParameter("sort", "names '" + name + "' twice");
            }
            keys.add(new SortField.Key<>(field, descending));
        }
        if (keys.isEmpty()) {
            throw ApiProblem.badParameter("sort", "must name at least one of " + String.join(", ", byName.keySet()));
        }
        return new Keyset<>(List.copyOf(keys), idPath, id);
    }

    /**
     * The same keyset, whose {@link #after} also bounds the first key by the cursor's value ({@code at <= :value}
     * when descending): redundant for the rows it selects, but an index can range-scan it, where the "after"
     * condition alone (an OR) is only a filter. For lists read from several sources at once (a UNION ALL view),
     * where each source's index should start at the cursor rather than at the top.
     */
    public Keyset<T> withLeadingBound() {
        return new Keyset<>(keys, idPath, id, true);
    }

    /** The id, the last tie-breaker: one value per row. */
    public String idPath() {
        return idPath;
    }

    /**
     * The ORDER BY clause. Nulls go last only where a column can hold them, and the id breaks ties in the
     * direction of the last key, so that a plain index on (key, id) serves the sort read forwards or backwards.
     */
    public String orderBy() {
        String order = keys.stream()
                .map(key -> key.field().path() + (key.descending() ? " desc" : " asc")
                        + (key.field().nullable() ? " nulls last" : ""))
                .collect(Collectors.joining(", "));
        return order + ", " + idPath + (idDescending() ? " desc" : " asc");
    }

    private boolean idDescending() {
        return keys.get(keys.size() - 1).descending();
    }

    /** Restricts the query to the rows after the cursor, if there is one (Paging, and native reports such as WorkloadReport). */
    public void after(String cursor, QueryBuilder query) {
        if (cursor == null || cursor.isBlank()) {
            return;
        }
        List<Object> values = decode(cursor);
        List<String> alternatives = new ArrayList<>();
        List<String> equalities = new ArrayList<>();
        for (int i = 0; i <= keys.size(); i++) {
            boolean isId = i == keys.size();
            Object value = values.get(i);
            String path = isId ? idPath : keys.get(i).field().path();
            String after = isId ? path + (idDescending() ? " < " : " > ") + query.param(value)
                    : strictlyAfter(keys.get(i), path, value, query);
            if (after != null) {
                List<String> terms = new ArrayList<>(equalities);
                terms.add(after);
                alternatives.add("(" + String.join(" and ", terms) + ")");
            }
            if (!isId) {
                equalities.add(value == null ? path + " is null" : path + " = " + query.param(value));
            }
        }
        query.and(alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" or ", alternatives) + ")");
        SortField.Key<T> first = keys.get(0);
        if (leadingBound && !first.field().nullable() && values.get(0) != null) {
            query.and(first.field().path() + (first.descending() ? " <= " : " >= ") + query.param(values.get(0)));
        }
    }

    /** The cursor for the page after {@code rows}, or null when there is none. */
    public String next(List<T> rows, int limit) {
        if (rows.size() <= limit) {
            return null;
        }
        T last = rows.get(limit - 1);
        ObjectNode node = JSON.createObjectNode();
        node.put("s", signature);
        ArrayNode values = node.putArray("v");
        for (SortField.Key<T> key : keys) {
            Object value = key.field().value().apply(last);
            if (value == null) {
                values.addNull();
            } else {
                values.add(value.toString());
            }
        }
        values.add(id.apply(last).toString());
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static <T> String strictlyAfter(SortField.Key<T> key, String path, Object value, QueryBuilder query) {
        if (value == null) {
            return null; // nulls sort last: nothing comes after a null in this column
        }
        String comparison = path + (key.descending() ? " < " : " > ") + query.param(value);
        return key.field().nullable() ? "(" + comparison + " or " + path + " is null)" : comparison;
    }

    private List<Object> decode(String cursor) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(cursor));
            if (!signature.equals(node.path("s").asText()) || node.path("v").size() != keys.size() + 1) {
                throw invalidCursor();
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                var raw = node.get("v").get(i);
                values.add(raw.isNull() ? null : read(keys.get(i).field().type(), raw.asText()));
            }
            values.add(UUID.fromString(node.get("v").get(keys.size()).asText()));
            return values;
        } catch (ApiProblem e) {
            throw e;
        } catch (RuntimeException | java.io.IOException e) {
            throw invalidCursor();
        }
    }

    private static Object read(SortField.ValueType type, String text) {
        return switch (type) {
            case STRING -> {
                if (text.indexOf('\u0000') >= 0) {
                    throw invalidCursor();
                }
                yield text;
            }
            case DECIMAL -> new BigDecimal(text);
            case INTEGER -> Integer.valueOf(text);
            case DATE -> LocalDate.parse(text);
            case INSTANT -> Instant.parse(text);
            case UUID -> UUID.fromString(text);
        };
    }

    private static ApiProblem invalidCursor() {
        return ApiProblem.badParameter("cursor",
                "is not a nextCursor this list returned for the same sort; pass nextCursor back unchanged");
    }
}
