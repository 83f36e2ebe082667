package com.stratum.contact;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.MergePatch;
import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/business-units")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.CONTACTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class BusinessUnitResource {
    private final ContactService contacts;
    private final ContactQueries queries;

    public BusinessUnitResource(ContactService contacts, ContactQueries queries) {
        this.contacts = contacts;
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBusinessUnit", summary = "Get a business unit")
    @APIResponse(responseCode = "200", description = "The business unit",
            content = @Content(schema = @Schema(implementation = BusinessUnitView.class)))
    public Response get(@PathParam("id") UUID id) {
        BusinessUnitView unit = queries.unitView(id);
        return Responses.ok(unit, unit.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.CONTACTS_WRITE_NAME)
    @Operation(operationId = "updateBusinessUnit", summary = "Change a business unit (JSON Merge Patch)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BusinessUnitInput.class),
            examples = @ExampleObject(name = "relevance", value = "{\"relevance\": \"LOW\"}")))
    @APIResponse(responseCode = "200", description = "The changed business unit",
            content = @Content(schema = @Schema(implementation = BusinessUnitView.class)))
    @APIResponse(responseCode = "409", description = "The account already has a unit of this name")
    public Response patch(@PathParam("id") UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        BusinessUnitView unit = contacts.patchUnit(id, patch, ifMatch);
        return Responses.ok(unit, unit.version());
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.CONTACTS_WRITE_NAME)
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "deleteBusinessUnit", summary = "Delete a business unit")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Contacts are in the unit, or other units belong to it (the"
            + " problem gives both counts, `contacts` and `childUnits`)")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        contacts.deleteUnit(id, ifMatch);
    }
}
