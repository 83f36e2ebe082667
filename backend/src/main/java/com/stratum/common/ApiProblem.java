package com.stratum.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client caused, thrown from services and turned into a problem response in one place
 * ({@link ProblemMapper}). The factories name the kinds of problem the API documents.
 */
public class ApiProblem extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiProblem(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "bad-request", "Bad request", detail, null);
    }

    public static ApiProblem badParameter(String parameter, String message) {
        String sentence = "Query parameter '" + parameter + "' " + message + ".";
        return new ApiProblem(400, "bad-request", "Bad request", sentence, List.of(new FieldError(parameter, sentence)));
    }

    public static ApiProblem validation(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : "Correct the " + errors.size() + " values named in errors and send the request again.";
        return new ApiProblem(422, "validation", "Validation failed", detail, errors);
    }

    public static ApiProblem validation(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(404, "not-found", "Not found", "No " + what + " with id " + id + ".", null);
    }

    public static ApiProblem conflict(String slug, String title, String detail) {
        return new ApiProblem(409, slug, title, detail, null);
    }

    /** The write lost a race with another write to the same record; it sent no version, so it may simply retry. */
    public static ApiProblem concurrentModification() {
        return new ApiProblem(409, "concurrent-modification", "Concurrent modification",
                "Someone else changed this resource at the same moment. Reload it and try again.", null);
    }

    public static ApiProblem staleVersion(long current) {
        return new ApiProblem(412, "stale-version", "Precondition failed",
                "The resource was changed by someone else (it is now at version " + current
                        + "). Reload it and apply your change again.", null)
                .with("currentVersion", current);
    }

    /** The If-Match named the current version when read, but another writer committed first. */
    public static ApiProblem staleVersionLostRace() {
        return new ApiProblem(412, "stale-version", "Precondition failed",
                "The resource was changed by someone else while your change was being saved. Reload it and apply"
                        + " your change again.", null);
    }

    public ApiProblem with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    /** A response header that goes with the problem, such as Retry-After. */
    public ApiProblem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem toProblem() {
        return new Problem(ProblemMapper.typeUri(slug), title, status, getMessage(), errors, extensions);
    }

    public int status() {
        return status;
    }
}
