package com.stratum.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.MergePatch;
import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

@Path("/api/v1/contracts")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class ContractResource {
    private final ContractService contracts;

    public ContractResource(ContractService contracts) {
        this.contracts = contracts;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getContract", summary = "Get a contract")
    @APIResponse(responseCode = "200", description = "The contract",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    public Response get(@PathParam("id") UUID id) {
        ContractView contract = contracts.get(id);
        return Responses.ok(contract, contract.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_WRITE_NAME)
    @Operation(operationId = "updateContract", summary = "Change a contract (JSON Merge Patch)",
            description = "Until its RENEWAL opportunity is opened, a new endDate or noticeDays moves the day it is"
                    + " due (renewalDueOn); once opened, the opportunity is the account team's to change.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContractInput.class),
            examples = @ExampleObject(name = "extend", value = "{\"endDate\": \"2028-03-31\"}")))
    @APIResponse(responseCode = "200", description = "The changed contract",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    public Response patch(@PathParam("id") UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        ContractView contract = contracts.patch(id, patch, ifMatch);
        return Responses.ok(contract, contract.version());
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_WRITE_NAME)
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "deleteContract", summary = "Delete a contract",
            description = "A RENEWAL opportunity already opened for it stays on the account.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        contracts.delete(id, ifMatch);
    }
}
