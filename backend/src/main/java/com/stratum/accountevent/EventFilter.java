package com.stratum.accountevent;

import com.stratum.common.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the event lists; repeat a parameter for "any of". */
public class EventFilter {
    @QueryParam("status")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = EventStatus.class))
    public List<String> status;

    @QueryParam("type")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = CompellingEventType.class))
    public List<String> type;

    @QueryParam("reviewOverdue")
    @Parameter(description = "true: only NEW events past their review deadline; false: all others. Default: both.",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String reviewOverdue;

    @QueryParam("sort")
    @Parameter(description = "Comma list of createdAt, occurredOn, reviewDueAt; prefix - for descending. Default"
            + " -createdAt (newest first).", example = "reviewDueAt")
    public String sort;

    /** The parsed filter for these accounts and account owners (empty: any); a malformed value is a 400. */
    public Criteria criteria(List<UUID> accountIds, List<UUID> ownerIds) {
        return new Criteria(accountIds, ownerIds, QueryParams.enums("status", status, EventStatus.class),
                QueryParams.enums("type", type, CompellingEventType.class),
                QueryParams.bool("reviewOverdue", reviewOverdue));
    }

    public record Criteria(List<UUID> accountIds, List<UUID> ownerIds, List<EventStatus> statuses,
            List<CompellingEventType> types, Boolean reviewOverdue) {
    }
}
