package com.stratum.scorecard;

import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/users/{userId}/commission-statements/{period}")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecards")
public class StatementResource {
    private final Statements statements;

    public StatementResource(Statements statements) {
        this.statements = statements;
    }

    @GET
    @Operation(operationId = "getCommissionStatement", summary = "A member's commission statement for a quarter",
            description = """
                    One line per won UPSELL or CROSS_SELL of the quarter credited to the member: their split's \
                    share, else all of it to the opportunity's owner (else the account's owner). A line pays when \
                    its account's retention gate for the year is met and the member's portfolio gate is (their \
                    GRR at least their threshold); payable credit is stacked over the year in the order it was won \
                    and paid at the plan's rate, at an accelerator's rate beyond its attainment of the member's \
                    expansion target. An OPEN period is computed now; a CLOSED one shows the lines frozen at close \
                    and the adjustments later closes booked into it. Owners read their own; managers and admins \
                    anyone's.""")
    public CommissionStatement get(@PathParam("userId") UUID userId,
            @PathParam("period") @Parameter(description = "A calendar quarter that has started.",
                    schema = @Schema(pattern = "^\\d{4}-Q[1-4]$", examples = "2026-Q4")) String period) {
        return statements.statement(userId, period);
    }
}
