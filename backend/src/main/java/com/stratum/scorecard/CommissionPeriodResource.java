package com.stratum.scorecard;

import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/commission-periods/{period}")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecards")
public class CommissionPeriodResource {
    private final Statements statements;

    public CommissionPeriodResource(Statements statements) {
        this.statements = statements;
    }

    @GET
    @Operation(operationId = "getCommissionPeriod", summary = "A commission period and whether it is closed")
    public CommissionPeriodView get(@PathParam("period") @Parameter(schema = @Schema(pattern = "^\\d{4}-Q[1-4]$",
            examples = "2026-Q3")) String period) {
        return statements.period(period);
    }

    @POST
    @Path("/close")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_WRITE_NAME)
    @Operation(operationId = "closeCommissionPeriod", summary = "Close a commission period, freezing its statements",
            description = """
                    Managers and admins, once the quarter has ended (409 `period-not-ended` before, \
                    `period-closed` when closed already). Freezes every member's lines of the quarter; then \
                    computes every earlier closed period again and books what changed since it was frozen (an \
                    amount edited, an opportunity reopened, a split or a gate changed) as ADJUSTMENT lines of this \
                    period, each with its reason. Every frozen line is in the audit log.""")
    public CommissionPeriodView close(@PathParam("period") @Parameter(schema = @Schema(
            pattern = "^\\d{4}-Q[1-4]$", examples = "2026-Q3")) String period) {
        return statements.close(period);
    }
}
