package com.stratum.contact;

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

/** An account's business units; its own root path so it never shadows /api/v1/accounts/{id}. */
@Path("/api/v1/accounts/{accountId}/business-units")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.CONTACTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class AccountBusinessUnitResource {
    private final ContactService contacts;

    public AccountBusinessUnitResource(ContactService contacts) {
        this.contacts = contacts;
    }

    @GET
    @Operation(operationId = "listBusinessUnits", summary = "An account's business units, by name",
            description = "Each with its count of current contacts: a unit with one or more is covered.")
    public BusinessUnitPage list(@PathParam("accountId") UUID accountId,
            @QueryParam("sort") @Parameter(description = "name, -name, updatedAt or -updatedAt. Default name.")
            String sort,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return contacts.units(accountId, sync.after(), sort, page.limit(), page.cursor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.CONTACTS_WRITE_NAME)
    @Operation(operationId = "createBusinessUnit", summary = "Add a business unit to an account")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BusinessUnitInput.class),
            examples = @ExampleObject(name = "division", value = """
                    {"name": "Logistics Operations", "parentId": null, "relevance": "HIGH"}""")))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BusinessUnitView.class)))
    @APIResponse(responseCode = "409", description = "The account already has a unit of this name (the problem names"
            + " it in `existingId`), or the account is archived")
    public Response create(@PathParam("accountId") UUID accountId, BusinessUnitInput input, @Context UriInfo uri) {
        BusinessUnitView created = contacts.createUnit(accountId, input);
        return Responses.created(uri.getBaseUriBuilder().path("api/v1/business-units").path(created.id().toString())
                .build(), created, created.version());
    }
}
