package com.stratum.icp;

import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/icp-profiles")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers")
public class IcpProfilesResource {
    private static final String EXAMPLE = """
            {"name": "Mid-market software in DACH", "active": true, "industries": ["Software", "Fintech"],
             "countries": ["DE", "AT", "CH"], "employeesMin": 200, "employeesMax": 5000, "revenueMin": 20000000,
             "revenueMax": null, "industryWeight": 30, "employeesWeight": 25, "revenueWeight": 25,
             "countryWeight": 20}""";

    private final IcpService icp;

    public IcpProfilesResource(IcpService icp) {
        this.icp = icp;
    }

    @GET
    @Operation(operationId = "listIcpProfiles", summary = "Every ICP profile, oldest (the default) first",
            description = "An account's fit is the best over the active profiles. At most 20, so never paged.")
    public IcpProfileList list() {
        return icp.profiles();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "createIcpProfile", summary = "Create an ICP profile (managers)",
            description = "Every account's fit is recomputed in the same transaction, in one statement.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IcpProfileWrite.class),
            examples = @ExampleObject(name = "profile", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = IcpProfileDetail.class)))
    @APIResponse(responseCode = "409", description = "The name is taken (duplicate), or the company has as many"
            + " profiles as allowed (icp-profile-limit)")
    public Response create(IcpProfileWrite input, @Context UriInfo uri) {
        IcpProfileDetail created = icp.create(input);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created,
                created.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIcpProfileById", summary = "One ICP profile")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = IcpProfileDetail.class)))
    public Response get(@PathParam("id") UUID id) {
        IcpProfileDetail profile = icp.profile(id);
        return Responses.ok(profile, profile.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "updateIcpProfileById", summary = "Replace an ICP profile (managers)",
            description = "Every account's fit is recomputed in the same transaction, in one statement.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IcpProfileWrite.class),
            examples = @ExampleObject(name = "profile", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = IcpProfileDetail.class)))
    @APIResponse(responseCode = "409", description = "The name is taken (duplicate)")
    public Response update(@PathParam("id") UUID id, IcpProfileWrite input, @HeaderParam("If-Match") String ifMatch) {
        IcpProfileDetail profile = icp.update(id, input, ifMatch);
        return Responses.ok(profile, profile.version());
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "deleteIcpProfile", summary = "Delete an ICP profile (managers)",
            description = "Every account's fit is recomputed in the same transaction. The last profile stays.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "It is the last profile (last-icp-profile)")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        icp.delete(id, ifMatch);
    }
}
