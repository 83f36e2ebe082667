package com.stratum.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads filter parameters, which arrive as text: a value that does not parse is a 400 naming the
 * parameter (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class QueryParams {
    private QueryParams() {
    }

    public static <E extends Enum<E>> List<E> enums(String name, List<String> values, Class<E> type) {
        return nonBlank(values).stream().map(value -> {
            try {
                return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badParameter(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", ")));
            }
        }).distinct().toList();
    }

    /** A path segment naming an enum constant: anything else is an unknown resource, 404. */
    public static <E extends Enum<E>> E pathEnum(String what, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound(what, value);
        }
    }

    public static List<UUID> uuids(String name, List<String> values) {
        return nonBlank(values).stream().map(value -> {
            try {
                return UUID.fromString(value.trim());
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badParameter(name, "must be a UUID");
            }
        }).distinct().toList();
    }

    /** One UUID, or null when absent. */
    public static UUID uuid(String name, String value) {
        List<UUID> ids = uuids(name, value == null ? List.of() : List.of(value));
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** An instant such as 2027-03-31T12:00:00Z, or null when absent. */
    public static java.time.Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            java.time.Instant instant = java.time.OffsetDateTime.parse(value.trim()).toInstant();
            if (instant.isAfter(java.time.Instant.parse("0001-01-01T00:00:00Z"))
                    && instant.isBefore(java.time.Instant.parse("9999-12-31T23:59:59Z"))) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ApiProblem.badParameter(name, "must be an instant with a zone, such as 2027-03-31T12:00:00Z");
    }

    public static List<String> strings(String name, List<String> values) {
        return nonBlank(values).stream().map(value -> text(name, value)).distinct().toList();
    }

    /** Free text, trimmed; null when blank. NUL characters cannot be stored or searched: a 400. */
    public static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.indexOf('\u0000') >= 0) {
            throw ApiProblem.badParameter(name, "must not contain NUL characters");
        }
        return value.trim();
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.getYear() >= 1 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ApiProblem.badParameter(name, "must be a date (YYYY-MM-DD) from year 1 to 9999");
    }

    public static BigDecimal decimal(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter(name, "must be a number");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiProblem.badParameter(name, "must be true or false");
        };
    }

    /** Escapes LIKE wildcards so that a search for "50%" finds "50%", and wraps the text for a contains-match. */
    public static String containsPattern(String text) {
        return "%" + likeEscaped(text) + "%";
    }

    /** A LIKE pattern for text at the start, lower-cased as the prefix indexes are. */
    public static String prefixPattern(String text) {
        return likeEscaped(text) + "%";
    }

    private static String likeEscaped(String text) {
        return text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .flatMap(v -> Arrays.stream(v.split(","))).filter(v -> !v.isBlank()).toList();
    }
}
