package com.stratum.account;

import com.stratum.common.QueryParams;
import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import com.stratum.tier.Tier;
import com.stratum.tier.TierBudgetInput;
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

@Path("/api/v1/tier-budgets")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers")
public class TierBudgetResource {
    private final TierBudgets budgets;

    public TierBudgetResource(TierBudgets budgets) {
        this.budgets = budgets;
    }

    @GET
    @Operation(operationId = "listTierBudgets", summary = "The tier budgets of KEY and STRATEGIC and their use",
            description = "A promotion that would put more live accounts in the tier than its budget allows is refused"
                    + " (409 tier-budget) unless an admin overrides it with a reason and an expiry date.")
    public TierBudgetPage list() {
        return budgets.list();
    }

    @PUT
    @Path("/{tier}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "updateTierBudget", summary = "Set a tier's budget (admins)",
            description = "Exactly one of maxSharePct and maxCount. A lower budget demotes nobody: promotions into the"
                    + " tier are refused until it is under the budget again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TierBudgetInput.class),
            examples = @ExampleObject(name = "share", value = "{\"maxSharePct\": 10}")))
    @APIResponse(responseCode = "200", description = "The budget",
            content = @Content(schema = @Schema(implementation = TierBudgetView.class)))
    public Response update(
            @PathParam("tier") @Parameter(schema = @Schema(enumeration = {"KEY", "STRATEGIC"})) String tier,
            TierBudgetInput input, @HeaderParam("If-Match") String ifMatch) {
        TierBudgetView view = budgets.update(QueryParams.pathEnum("tier", tier, Tier.class), input, ifMatch);
        return Responses.ok(view, view.version());
    }
}
