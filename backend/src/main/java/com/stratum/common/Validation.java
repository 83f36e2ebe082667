package com.stratum.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs Bean Validation on a request record and reports every violation as one 422 problem. Each message is a
 * whole sentence that says what to send instead: a record's own message (a Pattern's) as written there, the
 * standard constraints in the words below, with the limits read from the annotation.
 */
@ApplicationScoped
public class Validation {
    private static final String STANDARD_MESSAGE = "{jakarta.validation.constraints.";

    private final Validator validator;

    public Validation(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T request) {
        if (request == null) {
            throw ApiProblem.badRequest("A JSON request body is required.");
        }
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(this::toFieldError)
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .toList();
            throw ApiProblem.validation(errors);
        }
        return request;
    }

    private FieldError toFieldError(ConstraintViolation<?> violation) {
        return new FieldError(violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""),
                violation.getMessageTemplate().startsWith(STANDARD_MESSAGE) ? sentence(violation)
                        : violation.getMessage());
    }

    private String sentence(ConstraintViolation<?> violation) {
        ConstraintDescriptor<?> constraint = violation.getConstraintDescriptor();
        Map<String, Object> limits = constraint.getAttributes();
        Object value = violation.getInvalidValue();
        return switch (constraint.getAnnotation().annotationType().getSimpleName()) {
            case "NotNull" -> "Enter a value: it is required.";
            case "NotBlank" -> "Enter a value: it may not be blank.";
            case "NotEmpty" -> value instanceof Collection<?> ? "Add at least one item: the list may not be empty."
                    : "Enter a value: it may not be empty.";
            case "Size" -> size((int) limits.get("min"), (int) limits.get("max"), value);
            case "Min", "Max" -> wholeNumberRange(violation);
            case "DecimalMin" -> "Enter a number " + (Boolean.TRUE.equals(limits.get("inclusive"))
                    ? "of " + limits.get("value") + " or more." : "above " + limits.get("value") + ".");
            case "Digits" -> "Use at most " + limits.get("integer") + " digits before the decimal point and "
                    + limits.get("fraction") + " after it.";
            case "Email" -> "Enter an email address such as name@example.com, with one @ sign.";
            case "Pattern" -> "Enter a value in the expected format.";
            default -> asSentence(violation.getMessage());
        };
    }

    /** Another constraint's message ("must be ..."), capitalised and closed with a full stop. */
    private static String asSentence(String message) {
        String text = message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    private static String size(int min, int max, Object value) {
        boolean list = value instanceof Collection<?>;
        int has = list ? ((Collection<?>) value).size() : value == null ? 0 : value.toString().length();
        String unit = list ? " items" : " characters";
        String now = list ? "; the list has " + has + "." : "; this has " + has + ".";
        if (min > 0 && max < Integer.MAX_VALUE) {
            return "Use " + min + " to " + max + unit + now;
        }
        return max < Integer.MAX_VALUE ? "Use at most " + max + unit + now : "Use at least " + min + unit + now;
    }

    /** Min and Max on one property name the whole range, so that either refusal says what fits. */
    private String wholeNumberRange(ConstraintViolation<?> violation) {
        Long min = null;
        Long max = null;
        for (ConstraintDescriptor<?> constraint : siblings(violation)) {
            String type = constraint.getAnnotation().annotationType().getSimpleName();
            if (type.equals("Min")) {
                min = (Long) constraint.getAttributes().get("value");
            } else if (type.equals("Max")) {
                max = (Long) constraint.getAttributes().get("value");
            }
        }
        if (min != null && max != null) {
            return "Enter a whole number from " + min + " to " + max + ".";
        }
        return min != null ? "Enter a whole number of " + min + " or more." : "Enter a whole number of " + max
                + " or less.";
    }

    /** The constraints declared on the violated property itself, or just the violated one for a list element. */
    private Set<? extends ConstraintDescriptor<?>> siblings(ConstraintViolation<?> violation) {
        Path.Node leaf = null;
        for (Path.Node node : violation.getPropertyPath()) {
            leaf = node;
        }
        PropertyDescriptor property = leaf == null || leaf.getKind() != ElementKind.PROPERTY
                || violation.getLeafBean() == null ? null
                : validator.getConstraintsForClass(violation.getLeafBean().getClass())
                        .getConstraintsForProperty(leaf.getName());
        return property == null ? Set.of(violation.getConstraintDescriptor()) : property.getConstraintDescriptors();
    }
}
