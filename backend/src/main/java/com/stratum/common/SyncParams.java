package com.stratum.common;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The sync parameter of a list ({@link Sync}). */
public class SyncParams {
    @QueryParam(Sync.PARAMETER)
    @Parameter(description = Sync.PARAMETER_DESCRIPTION, example = "2027-03-31T12:00:00Z",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedAfter;

    /** The instant, or null when the list is not read for sync; a malformed one is a 400. */
    public Instant after() {
        return Sync.after(updatedAfter);
    }
}
