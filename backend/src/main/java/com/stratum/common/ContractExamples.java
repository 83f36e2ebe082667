package com.stratum.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A response example for every operation that has none written by hand: a problem of the response's status for an
 * error, else a minimal value of the response's schema, built from the properties' own examples, formats, enums and
 * bounds, so that it is valid against the schema (Spectral's oas3-valid-media-example checks it).
 */
final class ContractExamples {
    private static final String UUID_EXAMPLE = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    /** Nothing valid could be made (a pattern without an example): the property is left out, or null. */
    private static final Object NONE = new Object();

    /** The problem each documented error status most often carries. */
    private static final Map<String, Object[]> PROBLEMS = Map.ofEntries(
            problem("400", "bad-request", "Bad request", "Query parameter 'limit' must be a whole number from 1 to 200."),
            problem("401", "unauthenticated", "Unauthenticated", "Sign in or send an API token (Authorization: Bearer"
                    + " <token>)."),
            problem("403", "forbidden", "Forbidden", "This needs the accounts:write scope, which this request does not"
                    + " have."),
            problem("404", "not-found", "Not found", "No account with id " + UUID_EXAMPLE + "."),
            problem("406", "not-acceptable", "Not acceptable", "This resource answers application/json only."),
            problem("408", "request-timeout", "Request timeout", "The request body did not arrive within 10 seconds."
                    + " Send the whole body at once and try again."),
            problem("409", "concurrent-modification", "Concurrent modification", "Someone else changed this resource"
                    + " at the same moment. Reload it and try again."),
            problem("410", "survey-expired", "Survey expired", "This survey link has expired."),
            problem("412", "stale-version", "Precondition failed", "The resource was changed by someone else (it is"
                    + " now at version 4). Reload it and apply your change again."),
            problem("413", "payload-too-large", "Payload too large", "The request body is larger than the limit of"
                    + " 1048576 bytes. Send a smaller body."),
            problem("414", "uri-too-long", "URI too long", "The request URL is 9000 characters long; the limit is 8192."
                    + " Send fewer or shorter filter values."),
            problem("415", "unsupported-media-type", "Unsupported media type", "Unsupported content type; send"
                    + " application/json."),
            problem("422", "validation", "Validation failed", "name: must not be blank"),
            problem("429", "too-many-requests", "Too many requests", "The rate limit of 600 requests in 60 seconds is"
                    + " used up. Try again in 3 seconds."),
            problem("431", "headers-too-large", "Request header fields too large", "The request headers take 30000"
                    + " bytes; the limit is 20480. Send smaller headers (cookies included)."),
            problem("500", "internal", "Internal error", "Something went wrong on our side."),
            problem("503", "unavailable", "Service unavailable", "The database cannot be reached right now. Try again"
                    + " in a moment."));

    private ContractExamples() {
    }

    private static Map.Entry<String, Object[]> problem(String status, String slug, String title, String detail) {
        return Map.entry(status, new Object[] {slug, title, detail});
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation ->
                operation.getResponses().getAPIResponses().forEach((code, response) -> {
                    if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
                        return;
                    }
                    response.getContent().getMediaTypes().forEach((type, media) -> {
                        if (media.getExample() != null || media.getExamples() != null && !media.getExamples().isEmpty()
                                || media.getSchema() == null) {
                            return;
                        }
                        Object example = Problem.MEDIA_TYPE.equals(type) ? problemExample(code)
                                : example(media.getSchema(), components, new HashSet<>(), true);
                        if (example != NONE && example != null) {
                            media.setExample(example);
                        }
                    });
                })));
    }

    private static Object problemExample(String code) {
        Object[] known = PROBLEMS.get(code);
        Map<String, Object> problem = new LinkedHashMap<>();
        int status = Integer.parseInt(code);
        problem.put("type", ProblemMapper.typeUri(known == null ? "bad-request" : (String) known[0]));
        problem.put("title", known == null ? "Error" : known[1]);
        problem.put("status", status);
        problem.put("detail", known == null ? "The request was refused." : known[2]);
        if (status == 422) {
            Map<String, Object> error = new LinkedHashMap<>(); // Map.of's order differs between runs
            error.put("field", "name");
            error.put("message", "must not be blank");
            problem.put("errors", List.of(error));
        } else if (status == 412) {
            problem.put("currentVersion", 4);
        } else if (status == 429) {
            problem.put("retryAfterSeconds", 3);
        }
        return problem;
    }

    /** A value valid against the schema, or {@link #NONE}. */
    static Object example(Schema schema, Map<String, Schema> components, Set<String> seen, boolean required) {
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            Schema target = components.get(name);
            if (target == null || !seen.add(name)) {
                return NONE;
            }
            try {
                return example(target, components, seen, required);
            } finally {
                seen.remove(name);
            }
        }
        boolean nullable = schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
        if ("date".equals(schema.getFormat()) || "date-time".equals(schema.getFormat())) {
            // The scanner's own example for a date differs between build and start; one fixed date reads as well.
            return string(schema, nullable);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getEnumeration() != null) {
            return schema.getEnumeration().stream().filter(v -> v != null).findFirst().orElse(null);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            Object single = null;
            for (Schema part : schema.getAllOf()) {
                Object value = example(part, components, seen, required);
                if (value == NONE) {
                    return nullable ? null : NONE;
                }
                if (value instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> merged.put(String.valueOf(k), v));
                } else {
                    single = value;
                }
            }
            if (single != null || merged.isEmpty()) {
                return single;
            }
            if (schema.getProperties() == null) {
                return merged;
            }
        }
        List<Schema> choices = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (choices != null) {
            for (Schema choice : choices) {
                if (choice.getType() != null && choice.getType().equals(List.of(Schema.SchemaType.NULL))) {
                    continue;
                }
                Object value = example(choice, components, seen, required);
                if (value != NONE) {
                    return value;
                }
            }
            return nullable ? null : NONE;
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType().stream()
                .filter(t -> t != Schema.SchemaType.NULL).toList();
        if (types.isEmpty() && schema.getProperties() == null) {
            return nullable ? null : "any JSON value";
        }
        Schema.SchemaType type = types.isEmpty() ? Schema.SchemaType.OBJECT : types.get(0);
        return switch (type) {
            case OBJECT -> object(schema, components, seen);
            case ARRAY -> array(schema, components, seen, nullable);
            case STRING -> string(schema, nullable);
            case INTEGER -> number(schema, true);
            case NUMBER -> number(schema, false);
            case BOOLEAN -> Boolean.TRUE;
            default -> nullable ? null : NONE;
        };
    }

    private static Object object(Schema schema, Map<String, Schema> components, Set<String> seen) {
        Map<String, Object> value = new LinkedHashMap<>();
        if (schema.getProperties() == null) {
            return value;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            boolean needed = required.contains(property.getKey());
            Object example = example(property.getValue(), components, seen, needed);
            if (example == NONE) {
                if (needed) {
                    return NONE;
                }
                continue;
            }
            value.put(property.getKey(), example);
        }
        return value;
    }

    private static Object array(Schema schema, Map<String, Schema> components, Set<String> seen, boolean nullable) {
        int count = schema.getMinItems() == null ? 1 : Math.max(1, schema.getMinItems());
        if (schema.getItems() == null) {
            return List.of();
        }
        Object item = example(schema.getItems(), components, seen, true);
        if (item == NONE) {
            return schema.getMinItems() == null || schema.getMinItems() == 0 ? List.of() : nullable ? null : NONE;
        }
        if (count > 1 && Boolean.TRUE.equals(schema.getUniqueItems())) {
            return NONE;
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(item);
        }
        return items;
    }

    private static Object string(Schema schema, boolean nullable) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        String value = switch (format) {
            case "uuid" -> UUID_EXAMPLE;
            case "date" -> "2026-03-31";
            case "date-time" -> "2026-03-31T09:30:00Z";
            case "email" -> "ada@example.com";
            case "uri", "url" -> "https://example.com/";
            default -> schema.getPattern() != null ? null : "text";
        };
        if (value == null) {
            return nullable ? null : NONE;
        }
        if (format.isEmpty()) {
            int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
            int max = schema.getMaxLength() == null ? Integer.MAX_VALUE : schema.getMaxLength();
            StringBuilder text = new StringBuilder(value);
            while (text.length() < min) {
                text.append('x');
            }
            if (text.length() > max) {
                text.setLength(max);
            }
            value = text.toString();
        }
        return value;
    }

    private static Object number(Schema schema, boolean integer) {
        BigDecimal value = BigDecimal.ONE;
        if (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0) {
            value = schema.getMinimum();
        }
        if (schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0) {
            value = schema.getMaximum();
        }
        return integer ? (Object) value.longValue() : value;
    }
}
