package com.stratum.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396) onto a resource's writable form. Read-only and unknown properties are
 * refused, all of them named in one problem, rather than silently ignored.
 */
@ApplicationScoped
public class MergePatch {
    public static final String MEDIA_TYPE = "application/merge-patch+json";
    public static final String READ_ONLY = "This property is read-only; leave it out of the patch.";
    /** Properties every versioned resource carries and no client writes. */
    public static final Map<String, String> METADATA = Map.of("id", READ_ONLY, "version",
            "This property is read-only; send the version you read as If-Match instead.", "createdAt", READ_ONLY,
            "updatedAt", READ_ONLY);

    private final ObjectMapper mapper;

    public MergePatch(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Applies {@code patch} to {@code current} and returns the result as {@code type}.
     *
     * @param readOnly properties of the resource that this endpoint never changes, each with the message
     *                 that tells the client why (or where it does change)
     */
    public <T> T apply(T current, JsonNode patch, Map<String, String> readOnly, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ApiProblem.badRequest("A merge patch must be a JSON object.");
        }
        ObjectNode target = mapper.valueToTree(current);
        List<FieldError> refused = new ArrayList<>();
        patch.fieldNames().forEachRemaining(name -> {
            if (readOnly.containsKey(name)) {
                refused.add(new FieldError(name, readOnly.get(name)));
            } else if (!target.has(name)) {
                refused.add(new FieldError(name, JsonErrors.UNKNOWN_PROPERTY));
            }
        });
        if (!refused.isEmpty()) {
            throw ApiProblem.validation(refused);
        }
        merge(target, (ObjectNode) patch);
        try {
            return mapper.treeToValue(target, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw JsonErrors.problem(e);
        }
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode nested) {
                merge(nested, (ObjectNode) value);
            } else {
                // RFC 7396: null removes the member; the writable form reads a missing member as null.
                target.set(field.getKey(), value.isNull() ? null : value);
            }
        }
    }
}
