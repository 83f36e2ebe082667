package com.stratum.opportunity;

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

@Path("/api/v1/pipeline/summary")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class PipelineResource {
    private final PipelineReports reports;

    public PipelineResource(PipelineReports reports) {
        this.reports = reports;
    }

    @GET
    @Operation(operationId = "getPipelineSummary", summary = "Open pipeline by stage, won and lost, win rate",
            description = "Open opportunities as they stand now; won and lost ones closed from `from` to `to`"
                    + " inclusive (UTC dates; default: this quarter so far).")
    public PipelineSummary summary(
            @QueryParam("ownerId") @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
            List<String> ownerId,
            @QueryParam("type") @Parameter(schema = @Schema(type = SchemaType.ARRAY,
                    implementation = OpportunityType.class)) List<String> type,
            @QueryParam("accountId") @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
            List<String> accountId,
            @QueryParam("tier") @Parameter(description = "The account's tier.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Tier.class)) List<String> tier,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        return reports.summary(new PipelineReports.Criteria(QueryParams.uuids("ownerId", ownerId),
                QueryParams.enums("type", type, OpportunityType.class), QueryParams.uuids("accountId", accountId),
                QueryParams.enums("tier", tier, Tier.class), QueryParams.date("from", from),
                QueryParams.date("to", to)));
    }
}
