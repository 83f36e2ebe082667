package com.stratum.revenue;

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

@Path("/api/v1/accounts/{accountId}/revenue")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revenue")
public class AccountRevenueResource {
    private final AccountRevenueReport report;

    public AccountRevenueResource(AccountRevenueReport report) {
        this.report = report;
    }

    @GET
    @Operation(operationId = "getAccountRevenue", summary = "What an account bought, by product, family or month",
            description = "Figures per group and month over the range (default: the last 12 complete months), the"
                    + " monthly totals, and each product's last month against the average of the 6 months before it."
                    + " At most 36 months.")
    public AccountRevenueView get(@PathParam("accountId") UUID accountId,
            @QueryParam("from") @Parameter(description = "First month, YYYY-MM; default 11 months before `to`.",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-(0[1-9]|1[0-2])$"),
                    example = "2025-11") String from,
            @QueryParam("to") @Parameter(description = "Last month, YYYY-MM; default the last complete month.",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-(0[1-9]|1[0-2])$"),
                    example = "2026-10") String to,
            @QueryParam("groupBy") @Parameter(description = "product (default), family or month.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"product", "family", "month"}))
            String groupBy) {
        return report.report(accountId, from, to, groupBy);
    }
}
