package com.stratum.competition;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.MergePatch;
import com.stratum.common.PageParams;
import com.stratum.common.SyncParams;
import com.stratum.common.QueryParams;
import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/offering-gaps")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competition")
public class OfferingGapResource {
    private static final String GAP_EXAMPLE = """
            {"competitorId": "5f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b", "offering": "Route optimisation",
             "notes": "Asked for by three logistics teams this quarter.",
             "accountIds": ["8c1b2a3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d"]}""";

    private final OfferingGaps gaps;

    public OfferingGapResource(OfferingGaps gaps) {
        this.gaps = gaps;
    }

    @GET
    @Operation(operationId = "listOfferingGaps", summary = "Offering gaps, ranked by the ARR of the accounts using them",
            description = "What competitors offer that we lack, the largest ARR at stake first (the ARR of the live"
                    + " accounts that use each): the product team's input. Keyset-paged. Each gap carries its totals"
                    + " (accountCount, arr) and topAccountIds, its " + OfferingGaps.TOP_ACCOUNTS + " accounts with"
                    + " the largest ARR. Changed with V55: a gap no longer lists every account id (accountIds); a"
                    + " client that needs them all pages GET /api/v1/offering-gaps/{id}/accounts.")
    public OfferingGapPage list(
            @QueryParam("competitorId") @Parameter(description = "Only gaps of these competitors.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) List<String> competitorId,
            @QueryParam("accountId") @Parameter(description = "Only gaps these accounts use (an account's"
                    + " Competition tab).", schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
            List<String> accountId,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return gaps.list(QueryParams.uuids("competitorId", competitorId), QueryParams.uuids("accountId", accountId),
                sync.after(), page.limit(), page.cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOfferingGap", summary = "Get an offering gap")
    @APIResponse(responseCode = "200", description = "The offering gap",
            content = @Content(schema = @Schema(implementation = OfferingGapView.class)))
    public Response get(@PathParam("id") UUID id) {
        OfferingGapView gap = gaps.get(id);
        return Responses.ok(gap, gap.version());
    }

    @GET
    @Path("/{id}/accounts")
    @Operation(operationId = "listOfferingGapAccounts", summary = "The accounts that use an offering gap",
            description = "Every account that uses the gap, the largest ARR first (archived ones too, flagged):"
                    + " what accountIds listed in the gap itself until V55. Keyset-paged; total is accountCount.")
    public OfferingGapAccountPage accounts(@PathParam("id") UUID id, @BeanParam PageParams page) {
        return gaps.accounts(id, page.limit(), page.cursor);
    }

    @PUT
    @Path("/{id}/accounts/{accountId}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "addOfferingGapAccount", summary = "Say that an account uses an offering gap",
            description = "Adds one account to the gap's accounts (account managers and above); nothing changes if"
                    + " it is there already. No If-Match: the other accounts and properties are left as they are.")
    @APIResponse(responseCode = "200", description = "The offering gap",
            content = @Content(schema = @Schema(implementation = OfferingGapView.class)))
    public Response addAccount(@PathParam("id") UUID id, @PathParam("accountId") UUID accountId) {
        OfferingGapView gap = gaps.addAccount(id, accountId);
        return Responses.ok(gap, gap.version());
    }

    @DELETE
    @Path("/{id}/accounts/{accountId}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "removeOfferingGapAccount", summary = "Say that an account no longer uses an offering gap",
            description = "Removes one account from the gap's accounts (account managers and above); nothing"
                    + " changes if it was not there.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeAccount(@PathParam("id") UUID id, @PathParam("accountId") UUID accountId) {
        gaps.removeAccount(id, accountId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "createOfferingGap", summary = "Record an offering gap (account managers and above)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OfferingGapInput.class),
            examples = @ExampleObject(name = "gap", value = GAP_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OfferingGapView.class)))
    @APIResponse(responseCode = "409", description = "The competitor's offering is recorded already")
    public Response create(OfferingGapInput input, @Context UriInfo uri) {
        OfferingGapView created = gaps.create(input);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created,
                created.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "updateOfferingGap", summary = "Change an offering gap (JSON Merge Patch)",
            description = "accountIds, when given, replaces the accounts that use it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OfferingGapInput.class),
            examples = @ExampleObject(name = "accounts", value = """
                    {"accountIds": ["8c1b2a3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d"]}""")))
    @APIResponse(responseCode = "200", description = "The changed offering gap",
            content = @Content(schema = @Schema(implementation = OfferingGapView.class)))
    @APIResponse(responseCode = "409", description = "The competitor's offering is recorded already")
    public Response patch(@PathParam("id") UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        OfferingGapView gap = gaps.patch(id, patch, ifMatch);
        return Responses.ok(gap, gap.version());
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "deleteOfferingGap", summary = "Delete an offering gap")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        gaps.delete(id, ifMatch);
    }
}
