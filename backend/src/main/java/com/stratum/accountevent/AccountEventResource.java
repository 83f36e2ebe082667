package com.stratum.accountevent;

import com.stratum.common.PageParams;
import com.stratum.common.Responses;
import com.stratum.common.SyncParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An account's compelling events; its own root path so it never shadows /api/v1/accounts/{id}. */
@Path("/api/v1/accounts/{accountId}/events")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.EVENTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class AccountEventResource {
    static final String EVENT_EXAMPLE = """
            {"type": "NEW_EXECUTIVE", "occurredOn": "2026-10-01",
             "description": "Dana Whitfield joins as CFO from Contoso",
             "contactId": null}""";

    private final AccountEventService events;

    public AccountEventResource(AccountEventService events) {
        this.events = events;
    }

    @GET
    @Operation(operationId = "listAccountEvents", summary = "An account's compelling events",
            description = "Keyset-paged, newest first unless sorted otherwise.")
    public EventPage list(@PathParam("accountId") UUID accountId, @BeanParam EventFilter filter,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return events.list(accountId, filter.criteria(List.of(accountId), List.of()), sync.after(), filter.sort,
                page.limit(), page.cursor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.EVENTS_WRITE_NAME)
    @Operation(operationId = "createAccountEvent", summary = "Record a compelling event on an account",
            description = "NEW unless a status is given; to be reviewed within 7 days (14 on a STANDARD account)."
                    + " Recorded with an API token its source is API and the account's owner is notified. A"
                    + " NEW_EXECUTIVE event opens a \"meet the new executive\" task for the owner.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EventInput.class),
            examples = @ExampleObject(name = "newExecutive", value = EVENT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "409", description = "The account is archived")
    public Response create(@PathParam("accountId") UUID accountId, EventInput input, @Context UriInfo uri) {
        EventView created = events.create(accountId, input);
        return Responses.created(uri.getBaseUriBuilder().path("api/v1/events").path(created.id().toString()).build(),
                created, created.version());
    }
}
