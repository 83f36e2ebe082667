package com.stratum.activity;

import com.stratum.common.PageParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An account's timeline; its own root path so it never shadows /api/v1/accounts/{id}. */
@Path("/api/v1/accounts/{accountId}/timeline")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACTIVITIES_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
public class AccountTimelineResource {
    private final TimelineQueries timeline;

    public AccountTimelineResource(TimelineQueries timeline) {
        this.timeline = timeline;
    }

    @GET
    @Operation(operationId = "getAccountTimeline", summary = "An account's timeline",
            description = "One stream, newest first, keyset-paged on (at, id): activities, QBR events (scheduled,"
                    + " sent, answered with the grade), follow-ups (set, met, missed), opportunity stage changes, tier"
                    + " changes, handoffs, owner changes, compelling events (recorded, reviewed) and tasks done. More kinds will come: show unknown ones by their title.")
    public TimelinePage timeline(@PathParam("accountId") UUID accountId,
            @QueryParam("kind") @Parameter(description = "Only these kinds; repeat for any of several. One of"
                    + " ACTIVITY, QBR, FOLLOW_UP, STAGE_CHANGE, TIER_CHANGE, HANDOFF, OWNER_CHANGE, EVENT, TASK.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) List<String> kind,
            @BeanParam PageParams page) {
        return timeline.page(accountId, TimelineQueries.kinds(kind), page.limit(), page.cursor);
    }
}
