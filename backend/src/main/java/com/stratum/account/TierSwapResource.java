package com.stratum.account;

import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{id}/tier-swap")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
public class TierSwapResource {
    private final AccountTierService tiers;

    public TierSwapResource(AccountTierService tiers) {
        this.tiers = tiers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "swapAccountTier", summary = "Promote an account and demote another of its owner's",
            description = "What a refusal for the owner's capacity (or the tier budget) offers: both changes in one"
                    + " transaction, or neither; the demotion is made first, so the promotion takes the place it"
                    + " frees. Both are recorded in the tier history with the same swapId. Managers and admins.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TierSwapInput.class),
            examples = @ExampleObject(name = "swap", value = """
                    {"tier": "KEY", "reasonCode": "REVENUE", "reason": "Signed the platform deal",
                     "demoteAccountId": "3f2b8c1e-7d4a-4e6b-9a5c-1d2e3f4a5b6c", "demoteReason": "Spend flat for two years"}""")))
    @APIResponse(responseCode = "200", description = "Both accounts after the swap",
            content = @Content(schema = @Schema(implementation = TierSwapView.class)))
    @APIResponse(responseCode = "409", description = "An account is archived or in an open handoff, the owner's level"
            + " may not own the tier, or the demoted account's new tier is full")
    public TierSwapView swap(@PathParam("id") UUID id, TierSwapInput request) {
        return tiers.swap(id, request);
    }
}
