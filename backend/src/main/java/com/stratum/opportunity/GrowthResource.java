package com.stratum.opportunity;

import com.stratum.common.ApiProblem;
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

/** An account's growth; its own root path so it never shadows /api/v1/accounts/{id}. */
@Path("/api/v1/accounts/{accountId}/growth")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities")
public class GrowthResource {
    private final PipelineReports reports;

    public GrowthResource(PipelineReports reports) {
        this.reports = reports;
    }

    @GET
    @Operation(operationId = "getAccountGrowth", summary = "An account's growth against its yearly target",
            description = "The first time a year is asked for, its baseline is the account's ARR at that moment.")
    public Growth growth(@PathParam("accountId") UUID accountId,
            @QueryParam("year") @Parameter(description = "Default: the current year.",
                    schema = @Schema(type = SchemaType.INTEGER, examples = "2027")) String year) {
        Integer parsed = null;
        if (year != null && !year.isBlank()) {
            try {
                parsed = Integer.parseInt(year.trim());
            } catch (NumberFormatException e) {
                throw ApiProblem.badParameter("year", "must be a year such as 2027");
            }
        }
        return reports.growth(accountId, parsed);
    }
}
