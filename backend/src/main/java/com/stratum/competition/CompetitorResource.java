package com.stratum.competition;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.MergePatch;
import com.stratum.common.PageParams;
import com.stratum.common.SyncParams;
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

@Path("/api/v1/competitors")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competition", description = "Competitors, who holds what in each account (whitespace), what competitors"
        + " offer that we lack (offering gaps), and the threat paths a competitor could take into an account.")
public class CompetitorResource {
    private final Competitors competitors;

    public CompetitorResource(Competitors competitors) {
        this.competitors = competitors;
    }

    @GET
    @Operation(operationId = "listCompetitors", summary = "The competitors, by name",
            description = "Keyset-paged; each with how many records name it.")
    public CompetitorPage list(
            @QueryParam("q") @Parameter(description = "Part of the name, whatever its case.", example = "rival")
            String q,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return competitors.list(q, sync.after(), page.limit(), page.cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCompetitor", summary = "Get a competitor")
    @APIResponse(responseCode = "200", description = "The competitor",
            content = @Content(schema = @Schema(implementation = CompetitorView.class)))
    public Response get(@PathParam("id") UUID id) {
        CompetitorView competitor = competitors.get(id);
        return Responses.ok(competitor, competitor.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "createCompetitor", summary = "Add a competitor (managers)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CompetitorInput.class),
            examples = @ExampleObject(name = "competitor", value = """
                    {"name": "Rival Logistics", "website": "https://rival.example",
                     "notes": "Cheaper route planning; strong in the Nordics."}""")))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CompetitorView.class)))
    @APIResponse(responseCode = "409", description = "Another competitor has this name")
    public Response create(CompetitorInput input, @Context UriInfo uri) {
        CompetitorView created = competitors.create(input);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created,
                created.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "updateCompetitor", summary = "Change a competitor (managers; JSON Merge Patch)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CompetitorInput.class),
            examples = @ExampleObject(name = "website", value = "{\"website\": \"https://rival.example\"}")))
    @APIResponse(responseCode = "200", description = "The changed competitor",
            content = @Content(schema = @Schema(implementation = CompetitorView.class)))
    @APIResponse(responseCode = "409", description = "Another competitor has this name")
    public Response patch(@PathParam("id") UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        CompetitorView competitor = competitors.patch(id, patch, ifMatch);
        return Responses.ok(competitor, competitor.version());
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "deleteCompetitor", summary = "Delete a competitor (managers)",
            description = "Refused (409 competitor-in-use, with the counts) while a whitespace cell, an offering gap, a"
                    + " LOST opportunity or a revenue alert names it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Records name the competitor")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        competitors.delete(id, ifMatch);
    }
}
