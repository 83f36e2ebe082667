package com.stratum.account;

import com.stratum.common.PageParams;
import com.stratum.common.QueryParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
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

@Path("/api/v1/tier-capacity")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers")
public class TierCapacityResource {
    private final AccountTierService tiers;

    public TierCapacityResource(AccountTierService tiers) {
        this.tiers = tiers;
    }

    @GET
    @Operation(operationId = "listTierCapacity", summary = "The workload view: accounts per owner and tier against"
            + " the limits")
    public OwnerCapacityPage capacity(
            @QueryParam("ownerId") @Parameter(description = "Only these owners; repeat the parameter.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) List<String> ownerId,
            @QueryParam("managerId") @Parameter(description = "Only the team of these managers: the users who"
                    + " report to them, and the managers themselves; repeat the parameter.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) List<String> managerId,
            @BeanParam PageParams page) {
        return tiers.capacity(QueryParams.uuids("ownerId", ownerId), QueryParams.uuids("managerId", managerId),
                page.limit(), page.cursor);
    }
}
