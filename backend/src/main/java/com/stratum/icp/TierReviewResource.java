package com.stratum.icp;

import com.stratum.common.PageParams;
import com.stratum.common.QueryParams;
import com.stratum.common.SyncParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tier-reviews/current")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers")
public class TierReviewResource {
    private final TierReviewQueries reviews;
    private final PromotionFactsReader decisions;

    public TierReviewResource(TierReviewQueries reviews, PromotionFactsReader decisions) {
        this.reviews = reviews;
        this.decisions = decisions;
    }

    @GET
    @Operation(operationId = "getCurrentTierReview", summary = "The current tier review: low-fit KEY and STRATEGIC"
            + " accounts, high-fit STANDARD ones",
            description = "Live accounts only, by name. The thresholds and the review period (semi-annual by default)"
                    + " come from the ICP profile. With updatedAfter, rows follow the account's updatedAt: a profile"
                    + " change moves no account, so read the list again after one.")
    public TierReviewPage current(
            @QueryParam("suggestion") @Parameter(description = "Only PROMOTE (STANDARD, high fit) or DEMOTE (KEY and"
                    + " STRATEGIC, low fit).", schema = @Schema(enumeration = {"PROMOTE", "DEMOTE"})) String suggestion,
            @QueryParam("ownerId") @Parameter(description = "The account's owner; repeat for any of several.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) List<String> ownerId,
            @QueryParam("sort") @Parameter(description = "name (default), arr or updatedAt; - before it for"
                    + " descending.") String sort,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        if (suggestion != null && !suggestion.isBlank() && !List.of("PROMOTE", "DEMOTE").contains(suggestion)) {
            throw com.stratum.common.ApiProblem.badParameter("suggestion", "must be PROMOTE or DEMOTE");
        }
        return reviews.current(new TierReviewQueries.Criteria(suggestion == null || suggestion.isBlank() ? null
                        : suggestion, QueryParams.uuids("ownerId", ownerId), sort), sync.after(), page.limit(),
                page.cursor);
    }

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "decideTierReview", summary = "Save the tier review's promotions and demotions at once",
            description = "All or none: demotions are made first, then promotions, each checked for the owner's"
                    + " capacity, level and the tier budget as a single change is. A refusal names the decision at"
                    + " fault (`index`, `accountId`) and saves nothing. Managers and admins.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TierReviewDecisionsInput.class),
            examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "review", value = """
                    {"decisions": [
                      {"accountId": "3f2b8c1e-7d4a-4e6b-9a5c-1d2e3f4a5b6c", "tier": "STANDARD",
                       "reason": "Tier review: fit 22, spend flat"},
                      {"accountId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "tier": "KEY",
                       "reasonCode": "GROWTH_POTENTIAL", "reason": "Tier review: fit 91, expansion open"}]}""")))
    @APIResponse(responseCode = "200", description = "The accounts after the changes",
            content = @Content(schema = @Schema(implementation = TierReviewDecisionsView.class)))
    @APIResponse(responseCode = "409", description = "A decision passes an owner's capacity or the tier budget, or"
            + " names an archived account or one in an open handoff; nothing is saved")
    public TierReviewDecisionsView decide(TierReviewDecisionsInput input) {
        return decisions.decide(input);
    }
}
