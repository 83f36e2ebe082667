package com.stratum.revenuealert;

import com.stratum.common.QueryParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import com.stratum.tier.Tier;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports/revenue-at-risk")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revenue alerts")
public class RevenueAtRiskResource {
    private final RevenueAtRiskReport report;

    public RevenueAtRiskResource(RevenueAtRiskReport report) {
        this.report = report;
    }

    @GET
    @Operation(operationId = "getRevenueAtRisk", summary = "Revenue at risk by owner and by tier",
            description = "Open alerts (NEW or ACKNOWLEDGED), the accounts they are on and the money at risk in the"
                    + " company currency. Money at risk, per account: the larger of (the sum over its alerted"
                    + " products of each product's largest alert amount: for STOPPED_BUYING the product's revenue in"
                    + " the 12 complete months to detection, for VOLUME_DROP 12 x its monthly shortfall against the"
                    + " baseline average) and (its REVENUE_DECLINE amount: 4 x the shortfall of its last 3 complete"
                    + " months against the same months a year earlier). Amounts are fixed when the alert is raised.")
    public RevenueAtRisk get(
            @QueryParam("ownerId") @Parameter(description = "Only accounts these users own.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) List<String> ownerId,
            @QueryParam("tier") @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = Tier.class))
            List<String> tier) {
        return report.report(QueryParams.uuids("ownerId", ownerId), QueryParams.enums("tier", tier, Tier.class));
    }
}
