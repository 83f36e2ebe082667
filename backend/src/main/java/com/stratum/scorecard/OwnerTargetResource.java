package com.stratum.scorecard;

import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

@Path("/api/v1/users/{userId}/targets/{year}")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecards")
public class OwnerTargetResource {
    private final OwnerTargets targets;

    public OwnerTargetResource(OwnerTargets targets) {
        this.targets = targets;
    }

    @GET
    @Operation(operationId = "getOwnerTargets", summary = "An owner's targets for a year",
            description = "Owners read their own; managers and admins anyone's.")
    @APIResponse(responseCode = "200", description = "The targets",
            content = @Content(schema = @Schema(implementation = OwnerTargetView.class)))
    public Response get(@PathParam("userId") UUID userId, @PathParam("year") @Parameter(schema = @Schema(
            type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) String year) {
        OwnerTargetView view = targets.get(userId, OwnerTargets.parseYear(year, 0));
        return Responses.ok(view, view.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_WRITE_NAME)
    @Operation(operationId = "replaceOwnerTargets", summary = "Set an owner's targets for a year",
            description = "Managers and admins. A field left out or null takes its default.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OwnerTargetInput.class),
            examples = @ExampleObject(name = "targets", value = "{\"expansionTarget\": 250000, \"grrThresholdPct\":"
                    + " 95, \"nrrTargetPct\": 110}")))
    @APIResponse(responseCode = "200", description = "The targets",
            content = @Content(schema = @Schema(implementation = OwnerTargetView.class)))
    public Response put(@PathParam("userId") UUID userId, @PathParam("year") @Parameter(schema = @Schema(
            type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) String year, OwnerTargetInput input,
            @HeaderParam("If-Match") String ifMatch) {
        OwnerTargetView view = targets.put(userId, OwnerTargets.parseYear(year, 0), input, ifMatch);
        return Responses.ok(view, view.version());
    }
}
