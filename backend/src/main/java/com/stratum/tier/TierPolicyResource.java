package com.stratum.tier;

import com.stratum.common.QueryParams;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tier-policies")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers", description = "Key and strategic tiers: changes with reasons, capacity and cadence.")
public class TierPolicyResource {
    private final TierPolicyService tiers;

    public TierPolicyResource(TierPolicyService tiers) {
        this.tiers = tiers;
    }

    @GET
    @Operation(operationId = "listTierPolicies", summary = "Capacity, QBR cadence and coverage rule of every tier")
    public TierPolicyPage policies() {
        return tiers.policies();
    }

    @PUT
    @Path("/{tier}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "updateTierPolicy", summary = "Set a tier's capacity, QBR cadence, coverage rule and touch cadence",
            description = "A changed coverage rule judges every account of the tier single-threaded or not again, in"
                    + " the same transaction. touchCadenceDays is replaced like the other fields: null or absent means none.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TierPolicyInput.class),
            examples = @ExampleObject(name = "key", value = "{\"maxAccountsPerOwner\": 8, \"qbrCadenceDays\": 90,"
                    + " \"minDecisionContacts\": 1, \"minBusinessUnits\": 1}")))
    @APIResponse(responseCode = "200", description = "The policy",
            content = @Content(schema = @Schema(implementation = TierPolicyView.class)))
    public Response updatePolicy(
            @PathParam("tier") @Parameter(schema = @Schema(implementation = Tier.class)) String tier,
            TierPolicyInput update,
            @HeaderParam("If-Match") String ifMatch) {
        Tier parsed = QueryParams.pathEnum("tier", tier, Tier.class);
        TierPolicyView policy = tiers.updatePolicy(parsed, update, ifMatch);
        return Responses.ok(policy, policy.version());
    }
}
