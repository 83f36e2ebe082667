package com.stratum.risk;

import com.stratum.account.RiskFlag;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/risk-snoozes")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risk")
public class RiskSnoozeResource {
    private final RiskSnoozes snoozes;

    public RiskSnoozeResource(RiskSnoozes snoozes) {
        this.snoozes = snoozes;
    }

    @GET
    @Operation(operationId = "listRiskSnoozes", summary = "The snoozed risk flags, for managers",
            description = "Managers and admins. The snoozes of live accounts (of the owners and flags given): the"
                    + " account and its owner, the flag, the reason, the day it counts again and who snoozed it, by"
                    + " end date. End one with DELETE /api/v1/accounts/{id}/risk-flags/{flag}/snooze.")
    @APIResponse(responseCode = "200", description = "One page of snoozes",
            content = @Content(schema = @Schema(implementation = RiskSnoozePage.class)))
    public RiskSnoozePage list(
            @QueryParam("ownerId") @Parameter(description = "Only accounts these users own; repeat the parameter.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) List<String> ownerId,
            @QueryParam("flag") @Parameter(description = "Only these flags; repeat the parameter.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RiskFlag.class)) List<String> flag,
            @QueryParam("active") @Parameter(description = "true: snoozes that still hold (ending after today);"
                    + " false: ended ones; leave out for both.", schema = @Schema(type = SchemaType.BOOLEAN))
            String active,
            @QueryParam("sort") @Parameter(description = "endsOn (default, soonest first) or -endsOn.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"endsOn", "-endsOn"})) String sort,
            @BeanParam PageParams page) {
        return snoozes.list(QueryParams.uuids("ownerId", ownerId), QueryParams.enums("flag", flag, RiskFlag.class),
                QueryParams.bool("active", active), sort, page.limit(), page.cursor);
    }
}
