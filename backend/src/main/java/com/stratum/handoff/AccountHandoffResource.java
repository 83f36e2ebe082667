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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Starts and lists one account's handoffs; its own root path so it never shadows /api/v1/accounts/{id}. */
@Path("/api/v1/accounts/{accountId}/handoffs")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Handoffs", description = "KEY and STRATEGIC accounts change owner by handoff: the incoming owner"
        + " reads the checklist and accepts; until then the handoff reserves a place in their capacity.")
public class AccountHandoffResource {
    private final HandoffService handoffs;

    public AccountHandoffResource(HandoffService handoffs) {
        this.handoffs = handoffs;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "startHandoff", summary = "Start handing a KEY or STRATEGIC account over",
            description = "The account's owner or a manager starts it. The server builds the checklist (goals, key"
                    + " contacts, open follow-ups, open opportunities, risks) from the account's data and keeps the"
                    + " note and the text added per section. The handoff reserves a place in the incoming owner's"
                    + " capacity for the tier until it is accepted, declined or cancelled; the account keeps its"
                    + " owner until the incoming owner accepts.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HandoffInput.class),
            examples = @ExampleObject(name = "toAccountManager", value = """
                    {"toUserId": "0b7f6a8e-3c1d-4a5e-9f2b-6d8c1e4a7b90",
                     "note": "Renewal call with their CFO is on the 14th; I will join it.",
                     "sectionNotes": {"risks": "Their new CTO favours a competitor."}}""")))
    @APIResponse(responseCode = "201", description = "Started",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = HandoffView.class)))
    @APIResponse(responseCode = "409", description = "The account already has an open handoff (named in"
            + " `existingId`), is archived, is STANDARD or has no owner (its owner changes directly), or the incoming"
            + " owner is at the tier's capacity")
    public Response start(@PathParam("accountId") UUID accountId, HandoffInput input, @Context UriInfo uri) {
        HandoffView handoff = handoffs.create(accountId, input);
        return Responses.created(uri.getBaseUriBuilder().path("api/v1/handoffs").path(handoff.id().toString())
                .build(), handoff, handoff.version());
    }

    @GET
    @Path("/checklist")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "previewHandoffChecklist", summary = "The checklist a handoff started now would carry",
            description = "For review before starting a handoff: the same sections POST builds, from the account's"
                    + " data as it is now. Only who may start a handoff (the owner or a manager) reads it.")
    @APIResponse(responseCode = "200", description = "The checklist",
            content = @Content(schema = @Schema(implementation = ChecklistPreview.class)))
    public ChecklistPreview checklist(@PathParam("accountId") UUID accountId) {
        return handoffs.preview(accountId);
    }

    @GET
    @Operation(operationId = "listAccountHandoffs", summary = "An account's handoffs, newest first")
    public HandoffPage history(@PathParam("accountId") UUID accountId,
            @QueryParam("status") @Parameter(description = "Only these statuses; repeat the parameter.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = HandoffStatus.class))
            List<String> status,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return handoffs.history(accountId, QueryParams.enums("status", status, HandoffStatus.class), sync.after(),
                page.limit(), page.cursor);
    }
}
