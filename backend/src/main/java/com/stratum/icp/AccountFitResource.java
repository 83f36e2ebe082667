package com.stratum.icp;

import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{id}")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers")
public class AccountFitResource {
    private final IcpService icp;
    private final PromotionFactsReader facts;

    public AccountFitResource(IcpService icp, PromotionFactsReader facts) {
        this.icp = icp;
        this.facts = facts;
    }

    @GET
    @Path("/icp-fit")
    @Operation(operationId = "getAccountIcpFit", summary = "An account's ICP fit with each criterion's contribution")
    public IcpFitView fit(@PathParam("id") UUID id) {
        return icp.fit(id);
    }

    @GET
    @Path("/promotion-facts")
    @Operation(operationId = "getPromotionFacts", summary = "What a promotion to KEY or STRATEGIC is decided on",
            description = "The account's ICP fit, ARR, potential (open expansion, weighted), threat score and the tier"
                    + " budgets' use.")
    public PromotionFacts facts(@PathParam("id") UUID id) {
        return facts.facts(id);
    }
}
