package com.stratum.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Translates Jackson's reading errors into problems that name the property and what it must be. */
public final class JsonErrors {
    /** The answer to a property the resource does not have. */
    public static final String UNKNOWN_PROPERTY = "This property does not exist here; leave it out.";

    private JsonErrors() {
    }

    public static ApiProblem problem(JsonProcessingException e) {
        String duplicate = duplicateProperty(e);
        if (duplicate != null) {
            return new ApiProblem(400, "bad-request", "Bad request", "The property '" + duplicate + "' appears more"
                    + " than once in the request body; send each property once.",
                    List.of(new FieldError(duplicate, "Send this property only once.")));
        }
        if (e instanceof JsonParseException) {
            return ApiProblem.badRequest("The request body is not valid JSON.");
        }
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return ApiProblem.badRequest("The request body must be a JSON object.");
        }
        String field = path(mapping);
        if (e instanceof UnrecognizedPropertyException) {
            return ApiProblem.validation(field, UNKNOWN_PROPERTY);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return ApiProblem.validation(field, describeExpected(mismatch.getTargetType()));
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getType() != null
                && instantiation.getType().isEnumType()) {
            return ApiProblem.validation(field, describeExpected(instantiation.getType().getRawClass()));
        }
        String reason = mapping.getOriginalMessage();
        if (e.getCause() instanceof InputCoercionException) {
            return ApiProblem.validation(field, "This number is too large; use a smaller one.");
        }
        return ApiProblem.validation(field, JsonConfig.NUL_IN_TEXT.equals(reason) ? reason
                : "This value cannot be read here; check its type against the API description.");
    }

    /**
     * The repeated property when the parser's duplicate detection refused the body (Jackson reports it as a
     * parse error whose parser still stands on the repeated name), else null.
     */
    private static String duplicateProperty(JsonProcessingException e) {
        if (e instanceof JsonParseException parse && parse.getProcessor() != null
                && parse.getOriginalMessage() != null && parse.getOriginalMessage().startsWith("Duplicate")) {
            JsonParser parser = parse.getProcessor();
            try {
                return parser.currentName();
            } catch (java.io.IOException | RuntimeException unreadable) {
                return null;
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String describeExpected(Class<?> type) {
        if (type == null) {
            return "This value has the wrong type; check it against the API description.";
        }
        if (type.isEnum()) {
            return "Use one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) + ".";
        }
        return "Use " + switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "a UTC instant (ISO 8601)";
            case "UUID" -> "a UUID";
            case "BigDecimal", "Double", "double" -> "a number";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            case "List", "Set" -> "an array";
            default -> "an object";
        } + ".";
    }
}
