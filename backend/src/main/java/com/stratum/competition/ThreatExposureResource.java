package com.stratum.competition;

import com.stratum.common.QueryParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import com.stratum.tier.Tier;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/reports/threat-exposure")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competition")
public class ThreatExposureResource {
    private final ThreatExposureReport report;

    public ThreatExposureResource(ThreatExposureReport report) {
        this.report = report;
    }

    @GET
    @Operation(operationId = "getThreatExposure", summary = "ARR exposed to competitors, per path kind and per"
            + " competitor", description = "Over the live accounts: for each threat path kind, the accounts with at"
            + " least one path of it (the rules of GET /api/v1/accounts/{id}/threats) and their ARR; for each"
            + " competitor, the accounts where it holds a whitespace cell or offers a gap they use, their ARR and the"
            + " estimated annual value of the cells it holds. An account counts once per kind and per competitor. Read"
            + " from a snapshot of every account's paths, recomputed every few minutes: asOf says when. Until the"
            + " first snapshot of a new installation exists (seconds after start), 503 report-not-ready with"
            + " Retry-After.")
    @APIResponse(responseCode = "200", description = "The exposure, as of the latest snapshot",
            content = @Content(schema = @Schema(implementation = ThreatExposure.class)))
    @APIResponse(responseCode = "503", description = "The first snapshot is still being computed; retry after the"
            + " Retry-After seconds")
    public ThreatExposure get(
            @QueryParam("ownerId") @Parameter(description = "Only accounts these users own.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) List<String> ownerId,
            @QueryParam("tier") @Parameter(description = "Only accounts of these tiers.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Tier.class)) List<String> tier) {
        return report.report(QueryParams.uuids("ownerId", ownerId), QueryParams.enums("tier", tier, Tier.class));
    }

    @POST
    @Path("/refresh")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "refreshThreatExposure", summary = "Recompute the exposure snapshot now (managers)",
            description = "Recomputes the figures of every account (seconds with a large portfolio), then answers as"
                    + " GET does with the same filters.")
    public ThreatExposure refresh(
            @QueryParam("ownerId") @Parameter(description = "Only accounts these users own.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) List<String> ownerId,
            @QueryParam("tier") @Parameter(description = "Only accounts of these tiers.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Tier.class)) List<String> tier) {
        List<UUID> owners = QueryParams.uuids("ownerId", ownerId);
        List<Tier> tiers = QueryParams.enums("tier", tier, Tier.class);
        CurrentCaller.requireRole(Role.MANAGER, "Recomputing the exposure report");
        return report.refreshed(owners, tiers);
    }
}
