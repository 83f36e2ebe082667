package com.stratum.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One broken rule in a request, named by the JSON property it concerns (dotted for nested ones). */
@Schema(description = "A validation error tied to one request property.")
public record FieldError(
        @Schema(required = true, description = "The JSON property (or query parameter) at fault.", examples = "name") String field,
        @Schema(required = true, description = "What is wrong and what to send instead, as a whole sentence.",
                examples = "Enter a value: it may not be blank.") String message) {
}
