package com.stratum.revenuealert;

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

@Path("/api/v1/settings/revenue-alerts")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revenue alerts")
public class PolicyResource {
    private final PolicyService policies;

    public PolicyResource(PolicyService policies) {
        this.policies = policies;
    }

    @GET
    @Operation(operationId = "getRevenueAlertSettings", summary = "The revenue alert policy of each tier")
    @APIResponse(responseCode = "200", description = "The policy per tier",
            content = @Content(schema = @Schema(implementation = PolicySettingsView.class)))
    public Response get() {
        PolicySettingsView view = policies.get();
        return Responses.ok(view, view.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_WRITE_NAME)
    @Operation(operationId = "replaceRevenueAlertSettings", summary = "Replace the revenue alert policy of every tier",
            description = "Managers and admins. Every tier once. The next checks use it; open alerts stay as they"
                    + " are.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PolicySettingsInput.class),
            examples = @ExampleObject(name = "stricterForKeyAccounts", value = """
                    {"policies": [
                      {"tier": "STANDARD", "stoppedBuying": true, "volumeDrop": false, "revenueDecline": true,
                       "minMonthsBought": 4, "volumeDropPct": 30, "revenueDeclinePct": 15},
                      {"tier": "KEY", "stoppedBuying": true, "volumeDrop": true, "revenueDecline": true,
                       "minMonthsBought": 4, "volumeDropPct": 25, "revenueDeclinePct": 10},
                      {"tier": "STRATEGIC", "stoppedBuying": true, "volumeDrop": true, "revenueDecline": true,
                       "minMonthsBought": 3, "volumeDropPct": 20, "revenueDeclinePct": 10}]}""")))
    @APIResponse(responseCode = "200", description = "The policy per tier",
            content = @Content(schema = @Schema(implementation = PolicySettingsView.class)))
    public Response replace(PolicySettingsInput input, @HeaderParam("If-Match") String ifMatch) {
        PolicySettingsView view = policies.replace(input, ifMatch);
        return Responses.ok(view, view.version());
    }
}
