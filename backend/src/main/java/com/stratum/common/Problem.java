package com.stratum.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details. Extra members (for example `existingId`) carry"
        + " machine-readable context for some problem types.", additionalProperties = Schema.True.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "errors"})
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(required = true, description = "Identifies the problem type.", examples = "urn:stratum:problem:validation")
    public final String type;
    @Schema(required = true, description = "Short summary of the problem type.", examples = "Validation failed")
    public final String title;
    @Schema(required = true, description = "HTTP status code.", examples = "422")
    public final int status;
    @Schema(required = true, description = "What went wrong in this occurrence.")
    public final String detail;
    @Schema(description = "Present on validation problems: one entry per broken rule.")
    public final List<FieldError> errors;

    @Schema(hidden = true)
    private final Map<String, Object> extensions;

    public Problem(String type, String title, int status, String detail, List<FieldError> errors,
            Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    @JsonAnyGetter
    @Schema(hidden = true)
    public Map<String, Object> extensions() {
        return extensions;
    }
}
