package com.stratum.competition;

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

/** An account's whitespace; its own root path so it never shadows /api/v1/accounts/{id}. */
@Path("/api/v1/accounts/{accountId}/whitespace")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competition")
public class WhitespaceResource {
    private final Whitespace whitespace;

    public WhitespaceResource(Whitespace whitespace) {
        this.whitespace = whitespace;
    }

    @GET
    @Operation(operationId = "getAccountWhitespace", summary = "An account's whitespace grid",
            description = "Every business unit of the account x every product family we sell. A family the account"
                    + " bought in the last 12 months is OURS in every unit (derived from revenue lines, not"
                    + " editable); other cells are what people recorded, NONE when nothing was.")
    @APIResponse(responseCode = "200", description = "The grid",
            content = @Content(schema = @Schema(implementation = WhitespaceView.class)))
    public Response get(@PathParam("accountId") UUID accountId) {
        WhitespaceView grid = whitespace.get(accountId);
        return Responses.ok(grid, grid.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "putAccountWhitespace", summary = "Replace an account's whitespace grid",
            description = "By whoever may work on the account (its owner, managers, its team today). Cells left out"
                    + " become NONE; a derived OURS cell may be sent back as OURS (it stays derived) and takes no"
                    + " other status. COMPETITOR needs a competitorId and may carry an estimatedAnnualValue and a"
                    + " contractEnd; other statuses carry none of them. If-Match names the grid's version (its"
                    + " ETag): 412 when someone saved the grid since.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WhitespaceInput.class),
            examples = @ExampleObject(name = "competitor", value = """
                    {"cells": [{"businessUnitId": "0b9c7f5e-8a1d-4c2b-9e3f-1a2b3c4d5e6f", "productFamily":
                      "Analytics", "status": "COMPETITOR", "competitorId": "5f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b",
                      "estimatedAnnualValue": 40000.00, "contractEnd": "2027-06-30"}]}""")))
    @APIResponse(responseCode = "200", description = "The grid as stored",
            content = @Content(schema = @Schema(implementation = WhitespaceView.class)))
    @APIResponse(responseCode = "409", description = "The account is archived")
    @APIResponse(responseCode = "412", description = "The grid changed since the version in If-Match")
    public Response put(@PathParam("accountId") UUID accountId, WhitespaceInput input,
            @HeaderParam("If-Match") String ifMatch) {
        WhitespaceView grid = whitespace.put(accountId, input, ifMatch);
        return Responses.ok(grid, grid.version());
    }
}
