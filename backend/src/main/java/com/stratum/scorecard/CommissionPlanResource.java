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

@Path("/api/v1/commission-plans/{year}")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecards")
public class CommissionPlanResource {
    private final CommissionPlans plans;

    public CommissionPlanResource(CommissionPlans plans) {
        this.plans = plans;
    }

    @GET
    @Operation(operationId = "getCommissionPlan", summary = "The commission plan of a year")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = CommissionPlanView.class)))
    public Response get(@PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000",
            maximum = "2100")) String year) {
        CommissionPlanView view = plans.get(OwnerTargets.parseYear(year, 0));
        return Responses.ok(view, view.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_WRITE_NAME)
    @Operation(operationId = "replaceCommissionPlan", summary = "Set the commission plan of a year",
            description = "Managers and admins. A change to a year with closed periods is paid as adjustments at the"
                    + " next close.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CommissionPlanInput.class),
            examples = @ExampleObject(name = "accelerated", value = "{\"ratePct\": 8, \"accelerators\":"
                    + " [{\"fromAttainmentPct\": 100, \"ratePct\": 12}, {\"fromAttainmentPct\": 150, \"ratePct\":"
                    + " 15}]}")))
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = CommissionPlanView.class)))
    public Response put(@PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000",
            maximum = "2100")) String year, CommissionPlanInput input, @HeaderParam("If-Match") String ifMatch) {
        CommissionPlanView view = plans.put(OwnerTargets.parseYear(year, 0), input, ifMatch);
        return Responses.ok(view, view.version());
    }
}
