package com.stratum.activity;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An account's activities; their own root path so they never shadow /api/v1/accounts/{id}. */
@Path("/api/v1/accounts/{accountId}/activities")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACTIVITIES_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Calls, meetings, e-mails, notes, visits and workshops with the customer;"
        + " the account's timeline.")
public class AccountActivityResource {
    static final String ACTIVITY_EXAMPLE = """
            {"type": "CALL", "occurredAt": "2026-11-20T14:30:00Z", "summary": "Renewal call with the CFO",
             "body": "Agreed to **review pricing** before the renewal.",
             "contactIds": ["5d1c7a0e-2b4f-4c3a-9e8d-7f6a5b4c3d2e"], "opportunityId": null, "qbrId": null}""";

    private final ActivityService activities;

    public AccountActivityResource(ActivityService activities) {
        this.activities = activities;
    }

    @GET
    @Operation(operationId = "listAccountActivities", summary = "An account's activities",
            description = "Keyset-paged, newest first.")
    public ActivityPage list(@PathParam("accountId") UUID accountId,
            @QueryParam("sort") @Parameter(description = "occurredAt, -occurredAt, updatedAt or -updatedAt. Default"
                    + " -occurredAt (newest first).", example = "-occurredAt") String sort,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return activities.list(accountId, sync.after(), sort, page.limit(), page.cursor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACTIVITIES_WRITE_NAME)
    @Operation(operationId = "createActivity", summary = "Log an activity on an account",
            description = "By whoever may work on the account (owner, managers, current team members). Moves the"
                    + " last touch of the account and of the contacts named, in the same transaction.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActivityInput.class),
            examples = @ExampleObject(name = "call", value = ACTIVITY_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", description = "The account is archived")
    public Response create(@PathParam("accountId") UUID accountId, ActivityInput input, @Context UriInfo uri) {
        ActivityView created = activities.create(accountId, input);
        return Responses.created(uri.getBaseUriBuilder().path("api/v1/activities").path(created.id().toString())
                .build(), created, created.version());
    }
}
