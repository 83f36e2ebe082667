package com.stratum.handoff;

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
import jakarta.ws.rs.POST;
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

@Path("/api/v1/handoffs")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Handoffs")
public class HandoffResource {
    private final HandoffService handoffs;

    public HandoffResource(HandoffService handoffs) {
        this.handoffs = handoffs;
    }

    @GET
    @Operation(operationId = "listHandoffs", summary = "List handoffs, newest first",
            description = "`toUserId` with `status=OPEN` is a user's incoming handoffs.")
    public HandoffPage list(
            @QueryParam("toUserId") @Parameter(description = "Only handoffs to these users; repeat the parameter.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) List<String> toUserId,
            @QueryParam("fromUserId") @Parameter(description = "Only handoffs from these owners; repeat the"
                    + " parameter.", schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
            List<String> fromUserId,
            @QueryParam("status") @Parameter(description = "Only these statuses; repeat the parameter.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = HandoffStatus.class))
            List<String> status,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return handoffs.list(new HandoffQueries.Criteria(null, QueryParams.uuids("toUserId", toUserId),
                        QueryParams.uuids("fromUserId", fromUserId),
                        QueryParams.enums("status", status, HandoffStatus.class)),
                sync.after(), page.limit(), page.cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getHandoff", summary = "Get a handoff with its checklist")
    @APIResponse(responseCode = "200", description = "The handoff",
            content = @Content(schema = @Schema(implementation = HandoffView.class)))
    public Response get(@PathParam("id") UUID id) {
        HandoffView handoff = handoffs.get(id);
        return Responses.ok(handoff, handoff.version());
    }

    @POST
    @Path("/{id}/accept")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "acceptHandoff", summary = "Accept a handoff: the account moves to you",
            description = "Only the incoming owner accepts (a manager cannot accept for them). The account moves to"
                    + " them, recorded in its owner history as by handoff; capacity is not checked again, the open"
                    + " handoff held the place. Refused when the account was archived meanwhile or no longer has"
                    + " the owner and tier the handoff started with.")
    @APIResponse(responseCode = "200", description = "The accepted handoff",
            content = @Content(schema = @Schema(implementation = HandoffView.class)))
    @APIResponse(responseCode = "409", description = "The handoff is not OPEN, or the account was archived or"
            + " changed meanwhile")
    public Response accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        HandoffView handoff = handoffs.accept(id, ifMatch);
        return Responses.ok(handoff, handoff.version());
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "declineHandoff", summary = "Decline a handoff, with a reason",
            description = "Only the incoming owner declines. The account stays with its owner and the reserved"
                    + " place is freed.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeclineInput.class),
            examples = @ExampleObject(name = "atCapacity", value = """
                    {"reason": "I am at capacity until the Q3 renewals close; ask Sam."}""")))
    @APIResponse(responseCode = "200", description = "The declined handoff",
            content = @Content(schema = @Schema(implementation = HandoffView.class)))
    @APIResponse(responseCode = "409", description = "The handoff is not OPEN")
    public Response decline(@PathParam("id") UUID id, DeclineInput input, @HeaderParam("If-Match") String ifMatch) {
        HandoffView handoff = handoffs.decline(id, input, ifMatch);
        return Responses.ok(handoff, handoff.version());
    }

    @POST
    @Path("/{id}/cancel")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "cancelHandoff", summary = "Cancel a handoff",
            description = "Who started it, the account's current owner or a manager cancels it. The account stays"
                    + " with its owner and the reserved place is freed.")
    @APIResponse(responseCode = "200", description = "The cancelled handoff",
            content = @Content(schema = @Schema(implementation = HandoffView.class)))
    @APIResponse(responseCode = "409", description = "The handoff is not OPEN")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        HandoffView handoff = handoffs.cancel(id, ifMatch);
        return Responses.ok(handoff, handoff.version());
    }
}
