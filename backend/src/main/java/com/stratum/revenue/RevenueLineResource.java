package com.stratum.revenue;

import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/revenue-lines")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_WRITE_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revenue")
public class RevenueLineResource {
    private final RevenueBatch batch;

    public RevenueLineResource(RevenueBatch batch) {
        this.batch = batch;
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "batchRevenueLines", summary = "Send up to 5,000 monthly revenue lines from billing",
            description = "For the billing system, as a MANAGER or ADMIN user (their API token with `revenue:write`)."
                    + " Each line is what one account bought of one product in one calendar month, and is known by"
                    + " (account, product, month): a new one is CREATED, a known one with other figures is UPDATED"
                    + " (replaced: send the month's total, not a difference), the same figures are UNCHANGED, so"
                    + " sending a batch again changes nothing. A line is REFUSED, with a 422 problem naming its"
                    + " fields, for an unknown account (id or externalId) or SKU, an inactive product, another"
                    + " currency than the company's, a negative figure, a month after the current one, the same"
                    + " (account, product, month) twice in the batch (all of them are refused), or a malformed field;"
                    + " the valid lines land all the same. Accounts whose ARR comes from revenue get it recomputed."
                    + " At most 5,000 lines (more: 422) and the request body limit (1 MiB, about 5,000 lines written"
                    + " compactly).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RevenueBatchInput.class),
            examples = @ExampleObject(name = "billing", value = """
                    {"lines": [{"accountExternalId": "CRM-00042", "sku": "PLAT-ANNUAL", "period": "2026-10",
                      "quantity": 12, "amount": 1500.00, "currency": "EUR", "source": "billing"}]}""")))
    @APIResponse(responseCode = "200", description = "What became of each line",
            content = @Content(schema = @Schema(implementation = RevenueBatchResult.class)))
    public RevenueBatchResult batch(RevenueBatchInput input) {
        return batch.run(input);
    }
}
