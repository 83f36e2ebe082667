package com.stratum.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.MergePatch;
import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account plans")
public class PlanResource {
    static final String OBJECTIVE_EXAMPLE = """
            {"title": "Roll out to the Nordic plants", "metric": "Active users", "unit": "users", "baseline": 120,
             "target": 400, "dueOn": "2026-09-30", "sharedWithCustomer": true}""";

    private final PlanService plans;

    public PlanResource(PlanService plans) {
        this.plans = plans;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlan", summary = "Get a plan with its objectives, measurements and milestones")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response get(@PathParam("id") UUID id) {
        PlanView plan = plans.get(id);
        return Responses.ok(plan, plan.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "updatePlan", summary = "Change a plan (JSON Merge Patch)",
            description = "Becoming ACTIVE starts its review cadence (activatedOn); a new period must still hold"
                    + " every objective's due date.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanInput.class),
            examples = @ExampleObject(name = "activate", value = "{\"status\": \"ACTIVE\"}")))
    @APIResponse(responseCode = "200", description = "The changed plan",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "The account has another ACTIVE plan")
    public Response patch(@PathParam("id") UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        PlanView plan = plans.patch(id, patch, ifMatch);
        return Responses.ok(plan, plan.version());
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "reviewPlan", summary = "Record a review of a plan",
            description = "A review is due with each QBR: the next one the tier's QBR cadence after this one.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReviewInput.class),
            examples = @ExampleObject(name = "review", value = "{\"note\": \"Reviewed at the QBR; rollout moved to"
                    + " Q3.\"}")))
    @APIResponse(responseCode = "200", description = "The reviewed plan",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "The plan is archived")
    public Response review(@PathParam("id") UUID id, ReviewInput input) {
        PlanView plan = plans.review(id, input);
        return Responses.ok(plan, plan.version());
    }

    @POST
    @Path("/{id}/objectives")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "createPlanObjective", summary = "Add a SMART objective to a plan",
            description = "SMART is enforced: metric, baseline, target (other than the baseline) and a due date"
                    + " inside the plan's period are required (422, each property named); at most "
                    + PlanRules.MAX_OBJECTIVES + " objectives per plan (409 too-many-objectives).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ObjectiveInput.class),
            examples = @ExampleObject(name = "objective", value = OBJECTIVE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ObjectiveView.class)))
    @APIResponse(responseCode = "409", description = "The plan has the most objectives allowed")
    public Response addObjective(@PathParam("id") UUID id, ObjectiveInput input, @Context UriInfo uri) {
        ObjectiveView created = plans.addObjective(id, input);
        return Responses.created(uri.getBaseUriBuilder().path("api/v1/plan-objectives")
                .path(created.id().toString()).build(), created, created.version());
    }
}
