package com.stratum.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Makes the contract say what every endpoint does the same way, so no resource can forget it: the
 * problem responses that follow from an operation's shape (a body may be malformed or invalid, a path id
 * may be unknown, an If-Match may be stale), problem+json content on every error, the ETag header on every
 * response that carries a versioned resource, a merge-patch schema for each PATCH derived from the resource's
 * writable form (every property optional, null clears it), and nullable properties of simple types (ids, dates,
 * enums) written inline rather than as a reference wrapped in allOf, which JSON Schema validators and client
 * generators do not read as nullable. A PATCH declares its body once, without a media type: SmallRye lists it
 * under each type of the method's {@code @Consumes} (application/merge-patch+json and application/json).
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String API_TOKEN = "apiToken";
    private static final String ETAG = "ETag";
    private static final String JSON_NODE = "JsonNode";
    private static final String SESSION = "session";
    static final String READ_ONLY_EXTENSION = "x-read-only-properties";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        inlineNullableReferences(openAPI);
        securitySchemes(openAPI);
        EdgeLimits limits = EdgeLimits.configured();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            APIResponses responses = operation.getResponses();
            security(operation, responses);
            boolean hasBody = operation.getRequestBody() != null;
            List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
            if (hasBody) {
                add(responses, "400", "The body is not valid JSON, gives a property twice or is malformed");
                add(responses, "408", "The body did not arrive completely within " + limits.bodyTimeout());
                add(responses, "413", "The body is larger than " + limits.bodySize());
                add(responses, "415", "The body is not sent as JSON");
                add(responses, "422", "The body breaks a rule; `errors` names each property");
            }
            if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
                add(responses, "400", "A query parameter is invalid, or given more than " + limits.parameterValues()
                        + " times");
                parameters.stream().filter(p -> p.getIn() == Parameter.In.QUERY && p.getSchema() != null
                        && p.getSchema().getType() != null && p.getSchema().getType().contains(Schema.SchemaType.ARRAY))
                        .forEach(p -> p.getSchema().setMaxItems(limits.parameterValues()));
            }
            if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH && p.getSchema() != null
                    && (p.getSchema().getPattern() != null || p.getSchema().getMinimum() != null))) {
                add(responses, "400", "A path parameter is malformed or out of range (a year, a period)");
            }
            IntegrationContract.idempotencyKey(path, method, operation, responses, operation.getSecurity() != null
                    && operation.getSecurity().stream().anyMatch(r -> r.hasScheme(API_TOKEN)));
            add(responses, "414", "The URL is longer than " + limits.urlLength() + " characters");
            add(responses, "431", "The request headers are larger than " + limits.headerSize());
            if (path.contains("{")) {
                add(responses, "404", "No such resource");
            }
            parameters.stream().filter(p -> "If-Match".equalsIgnoreCase(p.getName())).forEach(p -> {
                p.setDescription("The ETag last read (\"<version>\", or a GET's \"<version>-<hash>\": the version"
                        + " is compared); a stale one is refused with 412, also when another writer commits first."
                        + " Optional: without it, a write that races another write to the same resource may get 409"
                        + " concurrent-modification.");
                add(responses, "409", "A conflict with the resource's state, or (without If-Match) another write"
                        + " committed at the same moment");
                add(responses, "412", "If-Match names a version that is no longer current");
            });
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    response.setContent(problemContent());
                }
            });
            etagHeaders(openAPI, responses);
            IntegrationContract.conditionalGet(method, operation, responses);
            if (parameters.stream().anyMatch(p -> Sync.PARAMETER.equals(p.getName()))) {
                syncHeader(responses);
            }
            if (method == PathItem.HttpMethod.PATCH && hasBody) {
                mergePatchSchema(openAPI, operation);
            }
            // SmallRye copies a method's @Extension onto its body and responses; it belongs to the operation.
            if (hasBody) {
                operation.getRequestBody().removeExtension(READ_ONLY_EXTENSION);
            }
            responses.removeExtension(READ_ONLY_EXTENSION);
            responses.getAPIResponses().values().forEach(r -> r.removeExtension(READ_ONLY_EXTENSION));
        }));
        ContractReadability.apply(openAPI);
    }

    /** The two ways in: an API token (integrations) or the session cookie (the browser). */
    private static void securitySchemes(OpenAPI openAPI) {
        openAPI.getComponents().addSecurityScheme(API_TOKEN, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An API token (stm_...) from POST /api/v1/api-tokens, as `Authorization: Bearer <token>`."
                        + " The scopes an operation needs are listed in its `x-scopes` and its description (\"Requires"
                        + " scope …\"); the token's user's role must allow them too. Requests are rate limited per token and per signed-in user, across all"
                        + " instances: at most 600 accepted in any 60 seconds (configurable). Every response"
                        + " carries RateLimit-Limit (the allowance), RateLimit-Remaining (how many more are accepted"
                        + " right now) and RateLimit-Reset (seconds until the whole allowance is back if nothing"
                        + " more is sent); a 429 carries Retry-After, the seconds until the next request is"
                        + " accepted."));
        openAPI.getComponents().addSecurityScheme(SESSION, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("stratum_session")
                .description("The browser session from POST /api/v1/auth/login. Every POST, PUT, PATCH and DELETE"
                        + " must also send the X-CSRF-Token header with the csrfToken from sign-in or GET /api/v1/me."
                        + " The role's scopes apply."));
    }

    /**
     * Operations that declare the API token requirement (with the scopes they need) also accept the session
     * and can answer 401, 403 and 429; the rest are public, which the contract states with an empty list.
     */
    private static void security(Operation operation, APIResponses responses) {
        List<SecurityRequirement> declared = operation.getSecurity();
        boolean secured = declared != null && declared.stream().anyMatch(r -> r.hasScheme(API_TOKEN));
        if (secured) {
            if (declared.stream().noneMatch(r -> r.hasScheme(SESSION))) {
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SESSION));
            }
            add(responses, "401", "Not signed in, or the token is unknown, expired or revoked");
            add(responses, "403", "The role, the token's scopes or the record's owner do not allow this,"
                    + " a signed-in browser sent no valid X-CSRF-Token, or the request came from a foreign Origin");
        } else {
            operation.setSecurity(new ArrayList<>());
            add(responses, "403", "The request came from a foreign Origin (CORS)");
        }
        add(responses, "429", "Too many requests (the rate limit, or too many requests in progress from one"
                + " address); retry after the Retry-After seconds");
    }

    /** The limits the HTTP edge (RequestGate) enforces, read from the same configuration keys. */
    record EdgeLimits(int urlLength, int parameterValues, String headerSize, String bodySize, String bodyTimeout,
            int requestsPerClient) {
        static EdgeLimits configured() {
            org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
            return new EdgeLimits(
                    config.getOptionalValue("stratum.http.max-url-length", Integer.class).orElse(8192),
                    config.getOptionalValue("stratum.http.max-parameter-values", Integer.class).orElse(100),
                    bytes(config.getOptionalValue("stratum.http.max-header-size", String.class).orElse("20K")),
                    bytes(config.getOptionalValue("stratum.http.max-body-size", String.class).orElse("1M")),
                    seconds(config.getOptionalValue("stratum.http.body-timeout", java.time.Duration.class)
                            .orElse(java.time.Duration.ofSeconds(10))),
                    config.getOptionalValue("stratum.http.max-requests-per-client", Integer.class).orElse(32));
        }

        private static String bytes(String size) {
            return size.trim().replaceAll("(?i)^(\\d+)\\s*K$", "$1 KB").replaceAll("(?i)^(\\d+)\\s*M$", "$1 MB");
        }

        private static String seconds(java.time.Duration duration) {
            return duration.toSeconds() + " seconds";
        }
    }

    private static void inlineNullableReferences(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        anyJsonValues(components);
        openAPI.getComponents().removeSchema(JSON_NODE);
        components.values().forEach(component -> {
            if (component.getProperties() == null) {
                return;
            }
            component.getProperties().forEach((name, property) -> {
                Schema referenced = nullableReference(property, components);
                if (referenced == null) {
                    return;
                }
                List<Schema.SchemaType> types = new ArrayList<>(referenced.getType());
                types.add(Schema.SchemaType.NULL);
                property.setAllOf(null);
                property.setAnyOf(null);
                property.setRef(null);
                property.setType(types);
                property.setFormat(referenced.getFormat());
                property.setPattern(referenced.getPattern());
                if (referenced.getEnumeration() != null) {
                    List<Object> values = new ArrayList<>(referenced.getEnumeration());
                    values.add(null);
                    property.setEnumeration(values);
                }
            });
        });
    }

    /**
     * Properties typed as Jackson's JsonNode (audit values) hold any JSON value; the contract says so with a
     * schema that has no type, instead of the scanner's guess at JsonNode's bean properties.
     */
    private static void anyJsonValues(Map<String, Schema> components) {
        components.values().forEach(component -> {
            if (component.getProperties() == null) {
                return;
            }
            component.getProperties().values().forEach(property -> {
                List<Schema> parts = property.getAnyOf() != null ? property.getAnyOf() : property.getAllOf();
                boolean jsonNode = ("#/components/schemas/" + JSON_NODE).equals(property.getRef()) || parts != null
                        && parts.stream().anyMatch(p -> ("#/components/schemas/" + JSON_NODE).equals(p.getRef()));
                if (jsonNode) {
                    property.setRef(null);
                    property.setAllOf(null);
                    property.setAnyOf(null);
                    property.setType(null);
                }
            });
        });
    }

    /** The simple schema a nullable property refers to, or null when the property is not of that form. */
    private static Schema nullableReference(Schema property, Map<String, Schema> components) {
        List<Schema> parts = property.getAnyOf() != null ? property.getAnyOf() : property.getAllOf();
        if (parts == null) {
            return null;
        }
        String ref = parts.stream().map(Schema::getRef).filter(r -> r != null).findFirst().orElse(null);
        boolean nullable = parts.stream().anyMatch(p -> p.getType() != null && p.getType().contains(Schema.SchemaType.NULL))
                || (property.getType() != null && property.getType().contains(Schema.SchemaType.NULL));
        if (ref == null || !nullable) {
            return null;
        }
        Schema target = components.get(ref.substring(ref.lastIndexOf('/') + 1));
        boolean simple = target != null && target.getType() != null && !target.getType().isEmpty()
                && !target.getType().contains(Schema.SchemaType.OBJECT) && !target.getType().contains(Schema.SchemaType.ARRAY);
        return simple ? target : null;
    }

    /**
     * A response that carries a versioned resource (its schema has a {@code version}) is served with that version
     * as its ETag ({@link Responses}), which a client sends back as If-Match.
     */
    private static void etagHeaders(OpenAPI openAPI, APIResponses responses) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        responses.getAPIResponses().forEach((code, response) -> {
            if (!code.startsWith("2") || response.getContent() == null
                    || response.getHeaders() != null && response.getHeaders().containsKey(ETAG)) {
                return;
            }
            boolean versioned = response.getContent().getMediaTypes().values().stream().map(MediaType::getSchema)
                    .filter(schema -> schema != null && schema.getRef() != null)
                    .map(schema -> schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)))
                    .anyMatch(schema -> schema != null && schema.getProperties() != null
                            && schema.getProperties().containsKey("version"));
            if (versioned) {
                Content content = response.getContent();
                response.setContent(null); // headers come before the content in the document, as for declared ones
                response.addHeader(ETAG, OASFactory.createHeader()
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
                response.setContent(content);
            }
        });
    }

    /** A list read for sync sends where the next run starts ({@link Sync}). */
    private static void syncHeader(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null || ok.getHeaders() != null && ok.getHeaders().containsKey(Sync.HEADER)) {
            return;
        }
        Content content = ok.getContent();
        ok.setContent(null);
        ok.addHeader(Sync.HEADER, OASFactory.createHeader().description(Sync.HEADER_DESCRIPTION)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("date-time")));
        ok.setContent(content);
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static void mergePatchSchema(OpenAPI openAPI, Operation operation) {
        Content content = operation.getRequestBody().getContent();
        String ref = content.getMediaTypes().values().stream().map(MediaType::getSchema)
                .filter(s -> s != null && s.getRef() != null).map(Schema::getRef).findFirst().orElse(null);
        if (ref == null || ref.endsWith("Patch")) {
            return; // not a writable form, or already derived (the filter runs at build and at start)
        }
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        String patchName = name.replace("Input", "") + "Patch";
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema writable = schemas.get(name);
        if (writable == null || writable.getProperties() == null) {
            return;
        }
        Object readOnly = operation.getExtensions() == null ? null : operation.getExtensions().get(READ_ONLY_EXTENSION);
        List<?> excluded = readOnly instanceof List<?> list ? list : List.of();
        Map<String, Schema> properties = new LinkedHashMap<>();
        writable.getProperties().forEach((property, schema) -> {
            if (!excluded.contains(property)) {
                properties.put(property, schema);
            }
        });
        openAPI.getComponents().addSchema(patchName, OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("JSON Merge Patch (RFC 7396) of " + name + ": send only the properties to change;"
                        + " null clears an optional property. Other properties are refused.")
                .properties(properties).additionalPropertiesBoolean(false));
        content.getMediaTypes().values().forEach(media -> media.setSchema(OASFactory.createSchema()
                .ref("#/components/schemas/" + patchName)));
    }
}
