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

@Path("/api/v1/reports/risk")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risk")
public class RiskReportResource {
    private final RiskService risk;

    public RiskReportResource(RiskService risk) {
        this.risk = risk;
    }

    @GET
    @Operation(operationId = "getRiskReport", summary = "Risk flags: counts and ARR per flag, and the 12-month trend",
            description = "Managers and admins. Over the live accounts (of the owners and tiers given): per flag the"
                    + " accounts with it counting (not snoozed) and their ARR, and those with it snoozed; the accounts"
                    + " with any flag and their ARR; the trend from the daily snapshots, one point per month.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = RiskReport.class)))
    public RiskReport report(
            @QueryParam("ownerId") @Parameter(description = "Only accounts these users own.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) List<String> ownerId,
            @QueryParam("tier") @Parameter(description = "Only accounts of these tiers.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Tier.class)) List<String> tier) {
        return risk.report(QueryParams.uuids("ownerId", ownerId), QueryParams.enums("tier", tier, Tier.class));
    }
}
