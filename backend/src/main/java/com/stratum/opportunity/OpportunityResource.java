package com.stratum.opportunity;

import jakarta.ws.rs.core.HttpHeaders;
import com.stratum.common.CsvParams;
import com.stratum.common.CsvExport;
import com.stratum.common.SyncParams;
import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.MergePatch;
import com.stratum.common.PageParams;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/opportunities")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities", description = "Upsell, cross-sell and renewal opportunities and their pipeline.")
public class OpportunityResource {
    private static final String CREATE_EXAMPLE = """
            {"accountId": "3f1c2b7e-8a4d-4c61-9e2f-5b7a9d0c1e23", "type": "UPSELL",
             "title": "Analytics add-on for the EU rollout", "product": "Analytics", "amount": 48000,
             "expectedCloseDate": "2027-03-31", "nextStep": "Demo to the new CFO",
             "compellingEvent": {"type": "FUNDING_ROUND", "occurredOn": "2026-10-01",
                                 "description": "Series C of $80M to expand into Europe"}}""";
    private static final String PATCH_EXAMPLE = "{\"amount\": 52000, \"probability\": 60}";

    private final OpportunityService opportunities;
    private final OpportunityQueries queries;

    public OpportunityResource(OpportunityService opportunities, OpportunityQueries queries) {
        this.opportunities = opportunities;
        this.queries = queries;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listOpportunities", summary = "List opportunities",
            description = "Keyset-paged. As CSV (Accept: text/csv or format=csv): every opportunity the filters"
                    + " match, unpaged.")
    @APIResponse(responseCode = "200", description = "A page of opportunities, or all of them as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpportunityPage.class)),
            @Content(mediaType = CsvExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Columns: " + OpportunityQueries.CSV))})
    public Response list(@BeanParam OpportunityFilter filter, @BeanParam SyncParams sync,
            @BeanParam CsvParams format, @BeanParam PageParams page, @Context HttpHeaders headers) {
        if (format.wanted(headers)) {
            return queries.csv(filter.criteria(), sync.after(), filter.sort);
        }
        return Response.ok(queries.list(filter.criteria(), sync.after(), filter.sort, page.limit(), page.cursor))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_WRITE_NAME)
    @Operation(operationId = "createOpportunity", summary = "Create an opportunity",
            description = "Stage defaults to IDENTIFIED, probability to the stage's, owner to the account's owner.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OpportunityInput.class),
            examples = @ExampleObject(name = "upsellFromFunding", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "409", description = "The account is archived")
    public Response create(OpportunityInput input, @Context UriInfo uri) {
        OpportunityView created = opportunities.create(input);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created, created.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOpportunity", summary = "Get an opportunity")
    @APIResponse(responseCode = "200", description = "The opportunity",
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    public Response get(@PathParam("id") UUID id) {
        OpportunityView opportunity = queries.view(id);
        return Responses.ok(opportunity, opportunity.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_WRITE_NAME)
    @Operation(operationId = "updateOpportunity", summary = "Change an open opportunity (JSON Merge Patch)",
            description = "`stage` and `accountId` are read-only here; a closed opportunity is refused with 409.")
    @Extension(name = "x-read-only-properties", value = "[\"stage\", \"accountId\"]", parseValue = true)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OpportunityInput.class),
            examples = @ExampleObject(name = "reprice", value = PATCH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The changed opportunity",
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "409", description = "The opportunity is closed")
    public Response patch(@PathParam("id") UUID id, JsonNode patch,
            @HeaderParam("If-Match") String ifMatch) {
        OpportunityView opportunity = opportunities.patch(id, patch, ifMatch);
        return Responses.ok(opportunity, opportunity.version());
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_WRITE_NAME)
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "deleteOpportunity", summary = "Delete an open opportunity",
            description = "A closed (WON or LOST) opportunity stays on record: 409.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The opportunity is closed")
    public void delete(@PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        opportunities.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_WRITE_NAME)
    @Operation(operationId = "moveOpportunityStage", summary = "Move an opportunity to a stage",
            description = "Open stages move freely and take the stage's probability; WON (100) and LOST (0) close it."
                    + " LOST needs a lossReason.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StageChangeInput.class),
            examples = @ExampleObject(name = "lost", value = """
                    {"stage": "LOST", "lossReason": "Chose a cheaper competitor", "note": "Price gap of 30%"}""")))
    @APIResponse(responseCode = "200", description = "The opportunity in its new stage",
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "409", description = "The opportunity is closed; reopen it first")
    public Response moveStage(@PathParam("id") UUID id, StageChangeInput request,
            @HeaderParam("If-Match") String ifMatch) {
        OpportunityView opportunity = opportunities.moveStage(id, request, ifMatch);
        return Responses.ok(opportunity, opportunity.version());
    }

    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_WRITE_NAME)
    @Operation(operationId = "reopenOpportunity", summary = "Reopen a WON or LOST opportunity")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReopenInput.class),
            examples = @ExampleObject(name = "reopen", value = """
                    {"reason": "Customer came back after the budget freeze", "stage": "PROPOSAL"}""")))
    @APIResponse(responseCode = "200", description = "The reopened opportunity",
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "409", description = "The opportunity is not closed")
    public Response reopen(@PathParam("id") UUID id, ReopenInput request,
            @HeaderParam("If-Match") String ifMatch) {
        OpportunityView opportunity = opportunities.reopen(id, request, ifMatch);
        return Responses.ok(opportunity, opportunity.version());
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listOpportunityHistory", summary = "An opportunity's stage changes, newest first")
    public StageChangePage history(@PathParam("id") UUID id, @BeanParam PageParams page) {
        return queries.history(id, page.limit(), page.cursor);
    }
}
