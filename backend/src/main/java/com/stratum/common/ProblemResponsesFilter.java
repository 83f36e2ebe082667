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

/**
 * Makes the contract say what every endpoint does the same way, so no resource can forget it: the
 * problem responses that follow from an operation's shape (a body may be malformed or invalid, a path id
 * may be unknown, an If-Match may be stale), problem+json content on every error, and a merge-patch schema
 * for each PATCH derived from the resource's writable form (every property optional, null clears it),
 * and nullable properties of simple types (ids, dates, enums) written inline rather than as a reference
 * wrapped in allOf, which JSON Schema validators and client generators do not read as nullable.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String READ_ONLY_EXTENSION = "x-read-only-properties";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        inlineNullableReferences(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            APIResponses responses = operation.getResponses();
            boolean hasBody = operation.getRequestBody() != null;
            List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
            if (hasBody) {
                add(responses, "400", "The body is not valid JSON");
                add(responses, "415", "The body is not sent as JSON");
                add(responses, "422", "The body breaks a rule; `errors` names each property");
            }
            if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
                add(responses, "400", "A query parameter is invalid");
            }
            if (path.contains("{")) {
                add(responses, "404", "No such resource");
            }
            parameters.stream().filter(p -> "If-Match".equalsIgnoreCase(p.getName())).forEach(p -> {
                p.setDescription("The ETag last read (\"<version>\"); a stale one is refused with 412. Optional.");
                add(responses, "412", "If-Match names a version that is no longer current");
            });
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    response.setContent(problemContent());
                }
            });
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
    }

    private static void inlineNullableReferences(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
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
