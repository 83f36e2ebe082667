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

@Path("/api/v1/settings/risk")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risk")
public class RiskSettingsResource {
    private final RiskService risk;

    public RiskSettingsResource(RiskService risk) {
        this.risk = risk;
    }

    @GET
    @Operation(operationId = "getRiskSettings", summary = "The risk flags' settings")
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(schema = @Schema(implementation = RiskSettingsView.class)))
    public Response settings() {
        RiskSettingsView view = risk.settings();
        return Responses.ok(view, view.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "replaceRiskSettings", summary = "Replace the risk flags' settings",
            description = "Managers and admins. A new threshold is applied to every live account by the risk-refresh"
                    + " job within a minute.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RiskSettingsInput.class),
            examples = @ExampleObject(name = "stricter", value = """
                    {"threatThreshold": 40}""")))
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(schema = @Schema(implementation = RiskSettingsView.class)))
    public Response replace(RiskSettingsInput input, @HeaderParam("If-Match") String ifMatch) {
        RiskSettingsView view = risk.replace(input, ifMatch);
        return Responses.ok(view, view.version());
    }
}
