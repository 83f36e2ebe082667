package com.stratum.contract;

import com.stratum.common.PageParams;
import com.stratum.common.Responses;
import com.stratum.common.SyncParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An account's contracts; its own root path so it never shadows /api/v1/accounts/{id}. */
@Path("/api/v1/accounts/{accountId}/contracts")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "What customers signed, and the RENEWAL opportunities opened before they"
        + " end.")
public class AccountContractResource {
    static final String CONTRACT_EXAMPLE = """
            {"startDate": "2026-04-01", "endDate": "2027-03-31", "annualValue": 48000.00, "autoRenew": true,
             "noticeDays": 60}""";

    private final ContractService contracts;

    public AccountContractResource(ContractService contracts) {
        this.contracts = contracts;
    }

    @GET
    @Operation(operationId = "listAccountContracts", summary = "An account's contracts",
            description = "Keyset-paged, latest end first unless sorted otherwise.")
    public ContractPage list(@PathParam("accountId") UUID accountId,
            @QueryParam("sort") @Parameter(description = "Comma list of endDate, startDate, updatedAt; prefix - for"
                    + " descending. Default -endDate.", example = "endDate") String sort,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return contracts.list(accountId, sync.after(), sort, page.limit(), page.cursor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_WRITE_NAME)
    @Operation(operationId = "createAccountContract", summary = "Record a contract on an account",
            description = "By whoever may work on the account (its owner, managers, its team today). A RENEWAL"
                    + " opportunity is opened for it, once, noticeDays + the renewal lead time of the account's"
                    + " tier (tier policy: STRATEGIC 180, KEY 120, STANDARD 90 days by default) before endDate; at"
                    + " once when that day has passed already (a contract worth 0 a year, or ended, gets none).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContractInput.class),
            examples = @ExampleObject(name = "contract", value = CONTRACT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "409", description = "The account is archived")
    public Response create(@PathParam("accountId") UUID accountId, ContractInput input, @Context UriInfo uri) {
        ContractView created = contracts.create(accountId, input);
        return Responses.created(uri.getBaseUriBuilder().path("api/v1/contracts").path(created.id().toString())
                .build(), created, created.version());
    }
}
