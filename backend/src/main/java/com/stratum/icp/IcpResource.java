package com.stratum.icp;

import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/icp-profile")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers")
public class IcpResource {
    private final IcpService icp;

    public IcpResource(IcpService icp) {
        this.icp = icp;
    }

    @GET
    @Operation(operationId = "getIcpProfile", summary = "The default ICP profile and the tier review's thresholds",
            description = "Kept for clients of the single profile: the default profile is the oldest of the ICP"
                    + " profiles (GET /api/v1/icp-profiles); an account's fit is the best over the active ones.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = IcpProfileView.class)))
    public Response profile() {
        IcpProfileView view = icp.profile();
        return Responses.ok(view, view.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "updateIcpProfile", summary = "Replace the default ICP profile and the thresholds"
            + " (managers)", description = "The default profile keeps its name and active flag (change them with PUT"
            + " /api/v1/icp-profiles/{id}). Every account's fit is recomputed in the same transaction, in one"
            + " statement.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IcpProfileInput.class),
            examples = @ExampleObject(name = "profile", value = """
                    {"industries": ["Software", "Fintech"], "countries": ["DE", "AT", "CH"], "employeesMin": 200,
                     "employeesMax": 5000, "revenueMin": 20000000, "revenueMax": null, "industryWeight": 30,
                     "employeesWeight": 25, "revenueWeight": 25, "countryWeight": 20, "reviewLowFit": 40,
                     "reviewHighFit": 75, "reviewMonths": 6}""")))
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = IcpProfileView.class)))
    public Response update(IcpProfileInput input, @HeaderParam("If-Match") String ifMatch) {
        IcpProfileView view = icp.update(input, ifMatch);
        return Responses.ok(view, view.version());
    }
}
