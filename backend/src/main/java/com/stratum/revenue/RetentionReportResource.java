package com.stratum.revenue;

import com.stratum.common.ApiProblem;
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

@Path("/api/v1/reports/retention")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class RetentionReportResource {
    private final RetentionReports reports;

    public RetentionReportResource(RetentionReports reports) {
        this.reports = reports;
    }

    @GET
    @Operation(operationId = "getRetentionReport", summary = "Gross and net revenue retention (GRR, NRR)",
            description = """
                    Revenue retention measured on revenue lines of **recurring** products, per account, comparing \
                    two periods of 12 months. For a past year the measured period is its 12 calendar months and the \
                    starting period the 12 months before the year. For the current year (not over yet) the measured \
                    period is the trailing 12 complete months and the starting period the 12 months before them; \
                    `trailing` is then true.

                    - **Cohort**: the accounts with recurring revenue in the starting period. Accounts whose first \
                    recurring revenue falls in the measured period are new: counted in `newAccounts`, never in GRR \
                    or NRR.
                    - **Starting revenue**: the cohort's recurring revenue in the starting period.
                    - **GRR** = Σ min(measured, starting) / starting revenue: what the cohort kept; expansion never \
                    counts, so GRR is at most 100 %.
                    - **NRR** = Σ measured / starting revenue: expansion included.
                    - **Churned**: a cohort account with no recurring revenue in the measured period (its loss is \
                    its starting revenue); **contraction**: less but not nothing; **expansion**: more.

                    Accounts are filtered and grouped by their owner and tier today. Percentages have one decimal, \
                    rounded down.""")
    public RetentionReport retention(
            @QueryParam("year") @Parameter(description = "From 2000 to the current year; default the current year"
                    + " (trailing 12 complete months).", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "2000")) String year,
            @QueryParam("ownerId") @Parameter(description = "The account's owner; repeat for any of several.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) List<String> ownerId,
            @QueryParam("tier") @Parameter(description = "The account's tier; repeat for any of several.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Tier.class)) List<String> tier) {
        return reports.report(new RetentionReports.Criteria(year(year), QueryParams.uuids("ownerId", ownerId),
                QueryParams.enums("tier", tier, Tier.class)));
    }

    private static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter("year", "must be a year such as 2025");
        }
    }
}
