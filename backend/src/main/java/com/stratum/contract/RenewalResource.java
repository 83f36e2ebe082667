package com.stratum.contract;

import com.stratum.common.ApiProblem;
import com.stratum.common.PageParams;
import com.stratum.common.QueryParams;
import com.stratum.common.SyncParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import com.stratum.tier.Tier;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/v1/renewals")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class RenewalResource {
    private final RenewalQueries renewals;

    public RenewalResource(RenewalQueries renewals) {
        this.renewals = renewals;
    }

    @GET
    @Operation(operationId = "listRenewals", summary = "Upcoming contract ends, soonest first",
            description = "Contracts of live (not archived) accounts ending from today to `within` days ahead,"
                    + " keyset-paged by end date, each with the account's last grade, its open follow-up and the"
                    + " contract's RENEWAL opportunity.")
    public RenewalPage list(
            @QueryParam("within") @Parameter(description = "Days ahead, 1 to " + RenewalQueries.MAX_WITHIN + ".",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "730",
                            defaultValue = "90")) String within,
            @QueryParam("ownerId") @Parameter(description = "The account's owner; repeat for any of several.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) List<String> ownerId,
            @QueryParam("tier") @Parameter(description = "The account's tier; repeat for any of several.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Tier.class)) List<String> tier,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return renewals.list(new RenewalQueries.Criteria(within(within), QueryParams.uuids("ownerId", ownerId),
                QueryParams.enums("tier", tier, Tier.class)), sync.after(), page.limit(), page.cursor);
    }

    private static int within(String value) {
        if (value == null || value.isBlank()) {
            return RenewalQueries.DEFAULT_WITHIN;
        }
        try {
            int days = Integer.parseInt(value.trim());
            if (days >= 1 && days <= RenewalQueries.MAX_WITHIN) {
                return days;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiProblem.badParameter("within", "must be a whole number of days from 1 to "
                + RenewalQueries.MAX_WITHIN);
    }
}
