package com.stratum.scorecard;

import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An owner's scorecard; its own root path so it never shadows /api/v1/users/{id}. */
@Path("/api/v1/users/{userId}/scorecard")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecards", description = "Owners' scorecards, targets, the commission plan and statements.")
public class ScorecardResource {
    private final Scorecards scorecards;

    public ScorecardResource(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GET
    @Operation(operationId = "getScorecard", summary = "An owner's scorecard for a year",
            description = """
                    Won expansion (UPSELL and CROSS_SELL closed in the year on the accounts the owner has today) \
                    against the owner's expansion target; what of it pays: each account's retention gate (as GET \
                    /api/v1/accounts/{id}/growth judges it, with its blockers) and the portfolio gate (no expansion \
                    pays while the portfolio's GRR is below the owner's threshold); GRR and NRR of the portfolio as \
                    GET /api/v1/reports/retention?ownerId= computes them; each open renewal whose winning would \
                    clear its account's gate (what-if); the last QBR grades and the QBR coverage of KEY and \
                    STRATEGIC accounts. Owners read their own; managers and admins anyone's. Reading a year records \
                    the baselines of accounts that had none for it, as the account's growth does.""")
    public Scorecard get(@PathParam("userId") UUID userId,
            @QueryParam("year") @Parameter(description = "From 2000 to the current year; default the current year.",
                    schema = @Schema(type = SchemaType.INTEGER, examples = "2026")) String year) {
        return scorecards.of(userId, year);
    }
}
