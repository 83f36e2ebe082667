package com.stratum.plan;

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
import jakarta.ws.rs.POST;
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

@Path("/api/v1/plan-objectives")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account plans")
public class PlanObjectiveResource {
    private final PlanService plans;
    private final PlanQueries queries;

    public PlanObjectiveResource(PlanService plans, PlanQueries queries) {
        this.plans = plans;
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlanObjective", summary = "Get a plan objective with its status")
    @APIResponse(responseCode = "200", description = "The objective",
            content = @Content(schema = @Schema(implementation = ObjectiveView.class)))
    public Response get(@PathParam("id") UUID id) {
        ObjectiveView objective = queries.objective(id);
        return Responses.ok(objective, objective.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "updatePlanObjective", summary = "Change a plan objective (JSON Merge Patch)",
            description = "SMART is checked again. The GROWTH objective's measure follows the account (409"
                    + " growth-objective).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ObjectiveInput.class),
            examples = @ExampleObject(name = "share", value = "{\"sharedWithCustomer\": true}")))
    @APIResponse(responseCode = "200", description = "The changed objective",
            content = @Content(schema = @Schema(implementation = ObjectiveView.class)))
    @APIResponse(responseCode = "409", description = "The GROWTH objective's measure follows the account")
    public Response patch(@PathParam("id") UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        ObjectiveView objective = plans.patchObjective(id, patch, ifMatch);
        return Responses.ok(objective, objective.version());
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "deletePlanObjective", summary = "Remove an objective with its measurements and"
            + " milestones", description = "The GROWTH objective stays (409 growth-objective).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The GROWTH objective stays with its plan")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        plans.deleteObjective(id, ifMatch);
    }

    @POST
    @Path("/{id}/measurements")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "createPlanMeasurement", summary = "Record a value of an objective's metric",
            description = "The day measured is not before the plan's start nor after today (422). Answers the"
                    + " objective with its status from the latest value (by day): MET once the target"
                    + " is reached, MISSED after the due date, AT_RISK when more than the tolerance (rules.json"
                    + " plans.tolerancePct) behind linear progress, else ON_TRACK. The GROWTH objective is measured"
                    + " by the account's ARR (409 growth-objective).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeasurementInput.class),
            examples = @ExampleObject(name = "measurement", value = "{\"measuredOn\": \"2026-05-31\", \"value\":"
                    + " 180, \"note\": \"Two plants live.\"}")))
    @APIResponse(responseCode = "200", description = "The objective with the measurement",
            content = @Content(schema = @Schema(implementation = ObjectiveView.class)))
    @APIResponse(responseCode = "409", description = "The GROWTH objective is measured by the account's ARR")
    public ObjectiveView measure(@PathParam("id") UUID id, MeasurementInput input) {
        return plans.measure(id, input);
    }

    @POST
    @Path("/{id}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "createPlanMilestone", summary = "Add a milestone under an objective",
            description = "Its due date is inside the plan's period and not after the objective's due date (422).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MilestoneInput.class),
            examples = @ExampleObject(name = "milestone", value = "{\"title\": \"Pilot plant live\", \"dueOn\":"
                    + " \"2026-04-30\"}")))
    @APIResponse(responseCode = "200", description = "The objective with the milestone",
            content = @Content(schema = @Schema(implementation = ObjectiveView.class)))
    public ObjectiveView addMilestone(@PathParam("id") UUID id, MilestoneInput input) {
        return plans.addMilestone(id, input);
    }
}
