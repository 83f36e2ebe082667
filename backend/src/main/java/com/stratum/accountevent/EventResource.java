package com.stratum.accountevent;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.MergePatch;
import com.stratum.common.PageParams;
import com.stratum.common.QueryParams;
import com.stratum.common.Responses;
import com.stratum.common.SyncParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/events")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.EVENTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Compelling events at the customer (an acquisition, a funding round, a new"
        + " executive...): account facts reviewed within days, and the opportunities born from them.")
public class EventResource {
    private final AccountEventService events;
    private final AccountEventQueries queries;

    public EventResource(AccountEventService events, AccountEventQueries queries) {
        this.events = events;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "listEvents", summary = "Compelling events across accounts",
            description = "The review queue of managers and My day: `reviewOverdue=true&ownerId=...`. Keyset-paged,"
                    + " newest first unless sorted otherwise.")
    public EventPage list(@BeanParam EventFilter filter,
            @QueryParam("ownerId") @Parameter(description = "Only events of accounts these users own; repeat for"
                    + " any of several.", schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
            List<String> ownerId,
            @QueryParam("accountId") @Parameter(description = "Only events of these accounts.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) List<String> accountId,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return queries.list(filter.criteria(QueryParams.uuids("accountId", accountId),
                QueryParams.uuids("ownerId", ownerId)), sync.after(), filter.sort, page.limit(), page.cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEvent", summary = "Get a compelling event")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response get(@PathParam("id") UUID id) {
        EventView event = queries.view(id);
        return Responses.ok(event, event.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.EVENTS_WRITE_NAME)
    @Operation(operationId = "updateEvent", summary = "Change or review a compelling event (JSON Merge Patch)",
            description = "Review it with `status` REVIEWED or NO_ACTION (NO_ACTION needs a `reviewNote`)."
                    + " OPPORTUNITY_CREATED comes only from creating an opportunity from the event.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EventInput.class),
            examples = @ExampleObject(name = "noAction", value = """
                    {"status": "NO_ACTION", "reviewNote": "Budget frozen until Q3; revisit then."}""")))
    @APIResponse(responseCode = "200", description = "The changed event",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response patch(@PathParam("id") UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        EventView event = events.patch(id, patch, ifMatch);
        return Responses.ok(event, event.version());
    }
}
