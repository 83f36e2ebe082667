package com.stratum.risk;

import com.stratum.account.RiskFlag;
import com.stratum.common.QueryParams;
import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import com.stratum.tier.Tier;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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

@Path("/api/v1/accounts/{id}/risk-flags")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risk", description = "Named risk flags on accounts, each with its evidence and the rule that clears"
        + " it (no score); snoozes, the risk settings and the risk report.")
public class AccountRiskFlagResource {
    private final RiskService risk;

    public AccountRiskFlagResource(RiskService risk) {
        this.risk = risk;
    }

    @GET
    @Operation(operationId = "listAccountRiskFlags", summary = "The risk flags an account carries now",
            description = "Each with its evidence, the rule that clears it, its snooze and the customer's reason from"
                    + " the last QBR. The account's own view carries the same list as riskFlags.")
    @APIResponse(responseCode = "200", description = "The flags",
            content = @Content(schema = @Schema(implementation = AccountRiskFlagsView.class)))
    public AccountRiskFlagsView flags(@PathParam("id") UUID id) {
        return risk.flags(id);
    }

    @PUT
    @Path("/{flag}/snooze")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "snoozeRiskFlag", summary = "Snooze a risk flag until a day",
            description = "Who may change the account (managers any, account managers their own). The flag stays"
                    + " shown with its snooze, and counts again (lists, filters, the report) from endsOn. Snoozing"
                    + " again replaces the snooze.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SnoozeInput.class),
            examples = @ExampleObject(name = "waitForBudget", value = """
                    {"reason": "Budget round closes in March; the sponsor will meet us then.",
                     "endsOn": "2027-03-15"}""")))
    @APIResponse(responseCode = "200", description = "The account's flags with the snooze",
            content = @Content(schema = @Schema(implementation = AccountRiskFlagsView.class)))
    @APIResponse(responseCode = "409", description = "The account does not carry the flag now")
    public AccountRiskFlagsView snooze(@PathParam("id") UUID id,
            @PathParam("flag") @Parameter(schema = @Schema(implementation = RiskFlag.class)) String flag,
            SnoozeInput input) {
        return risk.snooze(id, QueryParams.pathEnum("risk flag", flag, RiskFlag.class), input);
    }

    @DELETE
    @Path("/{flag}/snooze")
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "unsnoozeRiskFlag", summary = "End a risk flag's snooze now")
    @APIResponse(responseCode = "204", description = "The flag counts again (no snooze is no change)")
    public void unsnooze(@PathParam("id") UUID id,
            @PathParam("flag") @Parameter(schema = @Schema(implementation = RiskFlag.class)) String flag) {
        risk.unsnooze(id, QueryParams.pathEnum("risk flag", flag, RiskFlag.class));
    }
}
