package com.stratum.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/** Runs Bean Validation on a request record and reports every violation as one 422 problem. */
@ApplicationScoped
public class Validation {
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
                    .map(Validation::toFieldError)
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .toList();
            throw ApiProblem.validation(errors);
        }
        return request;
    }

    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        return new FieldError(violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""),
                violation.getMessage());
    }
}
