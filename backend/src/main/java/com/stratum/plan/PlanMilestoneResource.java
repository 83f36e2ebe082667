package com.stratum.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.MergePatch;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plan-milestones")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account plans")
public class PlanMilestoneResource {
    private final PlanService plans;

    public PlanMilestoneResource(PlanService plans) {
        this.plans = plans;
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updatePlanMilestone", summary = "Change a milestone (JSON Merge Patch)",
            description = "Answers its objective. If-Match names the milestone's version.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MilestoneInput.class),
            examples = @ExampleObject(name = "done", value = "{\"done\": true}")))
    @APIResponse(responseCode = "200", description = "The objective with the changed milestone",
            content = @Content(schema = @Schema(implementation = ObjectiveView.class)))
    public ObjectiveView patch(@PathParam("id") UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return plans.patchMilestone(id, patch, ifMatch);
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "deletePlanMilestone", summary = "Remove a milestone")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        plans.deleteMilestone(id, ifMatch);
    }
}
