package com.stratum.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every list takes. Parsed by hand so that a bad value is a 400, not a 404. */
public class PageParams {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @QueryParam("limit")
    @Parameter(description = "Page size, 1 to 200.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "200", defaultValue = "50"))
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "Opaque cursor from the previous page's `nextCursor`.")
    public String cursor;

    public int limit() {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiProblem.badParameter("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
