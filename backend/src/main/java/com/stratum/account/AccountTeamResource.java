package com.stratum.account;

import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{id}/team")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountTeamResource {
    private final AccountTeamService team;

    public AccountTeamResource(AccountTeamService team) {
        this.team = team;
    }

    @GET
    @Operation(operationId = "getAccountTeam", summary = "An account's team",
            description = "The owner (on the team implicitly) and the other members with their role, allocation and"
                    + " dates. Current members (on the team today) may work on the account's QBRs and contacts.")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response get(@PathParam("id") UUID id) {
        TeamView view = team.view(id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "replaceAccountTeam", summary = "Replace an account's team",
            description = "The owner, managers and admins replace the list of members besides the owner (the owner"
                    + " cannot be listed: they lead the team; change the owner on the account). Each user at most"
                    + " once, active and not a viewer; until on or after since. Team members themselves cannot"
                    + " change the team. If-Match with the team's ETag guards against overwriting another save.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TeamInput.class),
            examples = @ExampleObject(name = "team", value = """
                    {"members": [{"userId": "0b7f6a8e-3c1d-4a5e-9f2b-6d8c1e4a7b90", "role": "CUSTOMER_SUCCESS",
                     "allocationPct": 40, "since": "2027-01-01", "until": null}]}""")))
    @APIResponse(responseCode = "200", description = "The team as saved",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "409", description = "The account is archived")
    public Response replace(@PathParam("id") UUID id, TeamInput input, @HeaderParam("If-Match") String ifMatch) {
        TeamView view = team.replace(id, input, ifMatch);
        return Responses.ok(view, view.version());
    }
}
