package com.stratum.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The last pass over the contract ({@link ProblemResponsesFilter} calls it), so that linters (Spectral's
 * spectral:oas, Redocly's recommended rules), validating proxies and client generators read it as meant:
 * <ul>
 * <li>an operation's scopes, which OpenAPI 3.0 does not allow on a bearer scheme, move to {@code x-scopes} and into
 * its description ("Requires scope …"); public operations say so;</li>
 * <li>the rate-limit, Retry-After and WWW-Authenticate headers are declared on the responses that carry them, and
 * 406 on every operation;</li>
 * <li>an enum is one shared component per concept, used by reference (a nullable use is {@code anyOf} the reference
 * or a nullable string whose one value is null, which validators read as "the enum or null"), and enum values that
 * are not identifiers get
 * {@code x-enum-varnames} ({@code A_PLUS} for {@code A+});</li>
 * <li>the Problem schema names its typed extensions; every parameter has a description; every response has an
 * example ({@link ContractExamples}); components no operation reaches are dropped.</li>
 * </ul>
 * Like the filter, it must give the same document when run again on its own output (it runs at build and at start).
 */
final class ContractReadability {
    static final String SCOPES_EXTENSION = "x-scopes";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String HEADERS = "#/components/headers/";
    private static final String API_TOKEN = "apiToken";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> RATE_LIMIT = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

    /** Descriptions of parameters that mean the same everywhere, for those a resource left undescribed. */
    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("path:id", "The id (UUID) of the resource at this path, as its `id` property gives it."),
            Map.entry("path:accountId", "The id (UUID) of the account."),
            Map.entry("path:token", "The survey link's token, from the link the customer received."),
            Map.entry("path:tier", "The tier."),
            Map.entry("query:limit", "Page size."),
            Map.entry("query:cursor", "Opaque cursor from the previous page's `nextCursor`; omit it for the first"
                    + " page."),
            Map.entry("query:q", "Free-text search."),
            Map.entry("query:sort", "Sort order: a property name, `-` before it for descending."),
            Map.entry("query:status", "Only items with this status."),
            Map.entry("query:type", "Only items of this type."),
            Map.entry("query:ownerId", "Only items owned by this user (id)."),
            Map.entry("query:accountId", "Only items of this account (id)."),
            Map.entry("query:tier", "Only accounts of this tier."),
            Map.entry("query:businessUnitId", "Only items of this business unit (id)."),
            Map.entry("query:buyingRole", "Only contacts with this buying role."),
            Map.entry("query:from", "Only from this date on (ISO 8601)."),
            Map.entry("query:to", "Only up to this date (ISO 8601)."),
            Map.entry("query:lifecycle", "Only accounts in this lifecycle stage."),
            Map.entry("query:minAmount", "Only items of at least this amount."),
            Map.entry("query:stage", "Only opportunities in this stage."),
            Map.entry("query:rule", "Only items raised by this rule."),
            Map.entry("query:source", "Only items from this source."),
            Map.entry("query:active", "Only active (true) or inactive (false) items."));

    private ContractReadability() {
    }

    static void apply(OpenAPI openAPI) {
        servers(openAPI);
        headers(openAPI);
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        openAPI.getComponents().removeSchema("JsonNodeType");
        sharedEnums(openAPI, components);
        problemExtensions(components.get("Problem"));
        // On the Problem schema rather than in info: the configured info description replaces info's at start.
        Schema problem = components.get("Problem");
        if (problem != null && problem.getDescription() != null
                && !problem.getDescription().contains("**Problem types.**")) {
            problem.setDescription(problem.getDescription().stripTrailing() + "\n\n" + ProblemTypes.table());
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            // A callback is a request Stratum sends to the subscriber's URL: it carries no Stratum credentials (it is
            // signed instead, as its description says).
            if (operation.getCallbacks() != null) {
                operation.getCallbacks().values().forEach(callback -> callback.getPathItems().values()
                        .forEach(cb -> cb.getOperations().values().forEach(op -> {
                            op.setSecurity(new ArrayList<>());
                            if (op.getResponses() != null && !op.getResponses().hasAPIResponse("4XX")) {
                                op.getResponses().addAPIResponse("4XX", OASFactory.createAPIResponse().description(
                                        "Any other answer (or none within 5 s): sent again later, with backoff"));
                            }
                        })));
            }
            boolean secured = scopes(operation);
            responseHeaders(operation.getResponses(), secured);
            if (operation.getResponses().getAPIResponses().keySet().stream().anyMatch(c -> c.startsWith("2"))) {
                add(operation.getResponses(), "406", "The Accept header names no media type this operation answers"
                        + " with");
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(ContractReadability::describe);
            }
        }));
        ContractExamples.apply(openAPI);
        dropUnused(openAPI);
    }

    private static void servers(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("The Stratum instance that serves this document (at /q/openapi)."));
        }
    }

    private static void headers(OpenAPI openAPI) {
        header(openAPI, "RateLimit-Limit", "The number of requests accepted in any window of the rate limit (per token"
                + " or signed-in user, across all instances).", Schema.SchemaType.INTEGER);
        header(openAPI, "RateLimit-Remaining", "How many more requests are accepted right now.",
                Schema.SchemaType.INTEGER);
        header(openAPI, "RateLimit-Reset", "Seconds until the whole allowance is back if nothing more is sent.",
                Schema.SchemaType.INTEGER);
        header(openAPI, "Retry-After", "Seconds to wait before the next request is accepted.",
                Schema.SchemaType.INTEGER);
        header(openAPI, "WWW-Authenticate", "The authentication scheme to use: `Bearer realm=\"stratum\"`.",
                Schema.SchemaType.STRING);
    }

    private static void header(OpenAPI openAPI, String name, String description, Schema.SchemaType type) {
        openAPI.getComponents().addHeader(name, OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(type))));
    }

    /**
     * Moves an operation's scopes off the bearer scheme (OpenAPI 3.0 allows scopes on OAuth2 and OpenID Connect
     * schemes only) into {@code x-scopes}, and says them in its description. Returns whether the operation needs
     * credentials.
     */
    private static boolean scopes(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        boolean secured = requirements != null && !requirements.isEmpty();
        Set<String> scopes = new LinkedHashSet<>();
        if (requirements != null) {
            requirements.forEach(requirement -> {
                List<String> named = requirement.getScheme(API_TOKEN);
                if (named != null && !named.isEmpty()) {
                    scopes.addAll(named);
                    requirement.addScheme(API_TOKEN, new ArrayList<>());
                }
            });
        }
        if (!scopes.isEmpty()) {
            operation.addExtension(SCOPES_EXTENSION, new ArrayList<>(scopes));
        }
        Object extension = operation.getExtensions() == null ? null : operation.getExtensions().get(SCOPES_EXTENSION);
        List<String> declared = extension instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        String sentence;
        if (!secured) {
            sentence = "Public: no credentials needed.";
        } else if (declared.isEmpty()) {
            sentence = "Requires credentials (an API token or the session); no particular scope.";
        } else {
            sentence = "Requires scope" + (declared.size() == 1 ? " " : "s ") + String.join(" and ", declared.stream()
                    .map(s -> "`" + s + "`").toList()) + ".";
        }
        String description = operation.getDescription();
        if (description == null || description.isBlank()) {
            operation.setDescription(sentence);
        } else if (!description.contains(sentence)) {
            operation.setDescription(description.stripTrailing() + "\n\n" + sentence);
        }
        return secured;
    }

    /**
     * Where the headers are sent: the rate-limit headers on every answer to a request that passed the rate limiter
     * (security/AccessFilter), Retry-After on 429 and 503, WWW-Authenticate on 401.
     */
    private static void responseHeaders(APIResponses responses, boolean secured) {
        responses.getAPIResponses().forEach((code, response) -> {
            boolean limited = secured && (code.startsWith("2") || List.of("400", "403", "404", "409", "410", "412",
                    "422", "429").contains(code));
            if (limited) {
                RATE_LIMIT.forEach(name -> refHeader(response, name));
            }
            if (code.equals("429") || code.equals("503")) {
                refHeader(response, "Retry-After");
            }
            if (code.equals("401")) {
                refHeader(response, "WWW-Authenticate");
            }
        });
    }

    private static void refHeader(APIResponse response, String name) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        var content = response.getContent();
        response.setContent(null); // headers come before the content in the document
        response.addHeader(name, OASFactory.createHeader().ref(HEADERS + name));
        response.setContent(content);
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(SCHEMAS + "Problem")))));
        }
    }

    private static void describe(Parameter parameter) {
        if (parameter.getDescription() != null && !parameter.getDescription().isBlank() || parameter.getRef() != null) {
            return;
        }
        String key = (parameter.getIn() == Parameter.In.PATH ? "path:" : parameter.getIn() == Parameter.In.QUERY
                ? "query:" : "header:") + parameter.getName();
        String description = PARAMETERS.get(key);
        if (description == null) {
            description = "The " + parameter.getName() + " to select by.";
        }
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)) {
            description += " Repeat the parameter for any of several.";
        }
        parameter.setDescription(description);
    }

    /** The extension members some problem types carry, typed, so generated clients read them. */
    private static void problemExtensions(Schema problem) {
        if (problem == null) {
            return;
        }
        problem.addProperty("currentVersion", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                .format("int64").description("On stale-version (412): the resource's current version; read it again"
                        + " and send that as If-Match."));
        problem.addProperty("existingId", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .format("uuid").description("On duplicate (409): the id of the record that already holds the value."));
        problem.addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .description("On duplicate (409): the property whose value is taken."));
        problem.addProperty("retryAfterSeconds", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                .format("int64").minimum(java.math.BigDecimal.ONE).description("On too-many-requests (429): seconds"
                        + " to wait, as in the Retry-After header."));
        problem.addProperty("reason", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .description("On some 401 and 403 problems: why, as a word (`invalid-credentials`,"
                        + " `session-expired`, `csrf`)."));
    }

    /**
     * Every inline enum whose values are those of an enum component becomes a reference to it (nullable:
     * {@code nullable: true}, the type and {@code allOf} of the reference); null leaves every enum list.
     */
    private static void sharedEnums(OpenAPI openAPI, Map<String, Schema> components) {
        Map<Set<String>, String> byValues = new LinkedHashMap<>();
        Set<Set<String>> ambiguous = new HashSet<>();
        components.forEach((name, schema) -> {
            if (schema.getEnumeration() != null) {
                dropNull(schema);
                Set<String> values = values(schema);
                if (byValues.putIfAbsent(values, name) != null) {
                    ambiguous.add(values);
                }
                if (schema.getEnumeration().stream().anyMatch(v -> !IDENTIFIER.matcher(String.valueOf(v)).matches())) {
                    schema.addExtension("x-enum-varnames", schema.getEnumeration().stream().map(v -> varName(
                            String.valueOf(v))).toList());
                }
            }
        });
        ambiguous.forEach(byValues::remove);
        Consumer<Schema> share = schema -> {
            if (schema.getEnumeration() == null) {
                return;
            }
            boolean nullable = dropNull(schema);
            String component = byValues.get(values(schema));
            if (component == null) {
                if (nullable) {
                    schema.setEnumeration(withNull(schema.getEnumeration()));
                }
                return;
            }
            if (nullable) {
                // The shared enum, or null: `nullable` beside an allOf of the enum reads to validators as "must match
                // the enum", which null never does.
                Schema orNull = OASFactory.createSchema().type(new ArrayList<>(List.of(schema.getType().get(0),
                        Schema.SchemaType.NULL))).enumeration(withNull(List.of()));
                schema.setEnumeration(null);
                schema.setFormat(null);
                schema.setType(null);
                schema.setAnyOf(List.of(OASFactory.createSchema().ref(SCHEMAS + component), orNull));
                return;
            }
            schema.setEnumeration(null);
            schema.setFormat(null);
            if (schema.getDescription() != null || schema.getExample() != null
                    || schema.getDefaultValue() != null) {
                schema.setType(null);
                schema.setAllOf(List.of(OASFactory.createSchema().ref(SCHEMAS + component)));
            } else {
                schema.setType(null);
                schema.setRef(SCHEMAS + component);
            }
        };
        components.forEach((name, schema) -> {
            if (schema.getEnumeration() == null) {
                walk(schema, share);
            }
        });
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> {
                    if (p.getSchema() != null) {
                        share.accept(p.getSchema());
                        walk(p.getSchema(), share);
                    }
                });
            }
        }));
    }

    private static List<Object> withNull(List<Object> values) {
        List<Object> all = new ArrayList<>(values);
        all.add(null);
        return all;
    }

    private static void walk(Schema schema, Consumer<Schema> visit) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> {
                visit.accept(property);
                walk(property, visit);
            });
        }
        if (schema.getItems() != null) {
            visit.accept(schema.getItems());
            walk(schema.getItems(), visit);
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            visit.accept(schema.getAdditionalPropertiesSchema());
            walk(schema.getAdditionalPropertiesSchema(), visit);
        }
    }

    private static boolean dropNull(Schema schema) {
        if (!schema.getEnumeration().contains(null)) {
            return schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
        }
        List<Object> values = new ArrayList<>(schema.getEnumeration());
        values.removeIf(v -> v == null);
        schema.setEnumeration(values);
        if (schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> types = new ArrayList<>(schema.getType());
            types.add(Schema.SchemaType.NULL);
            schema.setType(types);
        }
        return true;
    }

    private static Set<String> values(Schema schema) {
        Set<String> values = new HashSet<>();
        schema.getEnumeration().forEach(v -> values.add(String.valueOf(v)));
        return values;
    }

    /** {@code A+} is A_PLUS, {@code B-} B_MINUS, {@code accounts:read} ACCOUNTS_READ. */
    static String varName(String value) {
        String name = value.replace("+", "_PLUS").replace("-", "_MINUS").replaceAll("[^A-Za-z0-9_]+", "_")
                .toUpperCase(java.util.Locale.ROOT);
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    /** Drops component schemas that no path (directly or through other components) refers to. */
    private static void dropUnused(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> reached = new HashSet<>();
        List<Schema> pending = new ArrayList<>();
        List<org.eclipse.microprofile.openapi.models.Operation> operations = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            operations.add(op);
            // A callback's requests (the webhooks' payloads) reach schemas too.
            if (op.getCallbacks() != null) {
                op.getCallbacks().values().forEach(callback -> callback.getPathItems().values()
                        .forEach(cb -> operations.addAll(cb.getOperations().values())));
            }
        }));
        operations.forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> pending.add(p.getSchema()));
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> pending.add(m.getSchema()));
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> {
                    if (r.getContent() != null) {
                        r.getContent().getMediaTypes().values().forEach(m -> pending.add(m.getSchema()));
                    }
                });
            }
        });
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (reached.add(name) && components.get(name) != null) {
                    pending.add(components.get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            pending.add(schema.getItems());
            pending.add(schema.getAdditionalPropertiesSchema());
            pending.add(schema.getNot());
            for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    pending.addAll(parts);
                }
            }
        }
        new ArrayList<>(components.keySet()).stream().filter(name -> !reached.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }
}
