package com.stratum.plan;

import com.stratum.common.PageParams;
import com.stratum.common.SyncParams;
import com.stratum.common.Responses;
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

/** An account's plans; its own root path so it never shadows /api/v1/accounts/{id}. */
@Path("/api/v1/accounts/{accountId}/plans")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account plans", description = "Written account plans: why the customer bought, their goals, SMART"
        + " objectives with measurements and milestones, reviewed with each QBR. KEY and STRATEGIC accounts without"
        + " an ACTIVE plan, or whose plan was not reviewed within the tier's QBR cadence, are flagged planMissing and"
        + " planStale on the account.")
public class AccountPlanResource {
    static final String PLAN_EXAMPLE = """
            {"periodStart": "2026-01-01", "periodEnd": "2026-12-31", "status": "ACTIVE",
             "whyTheyBought": "Replace three regional tools with **one** platform.",
             "customerGoals": "Cut order-to-delivery time by 20 %."}""";

    private final PlanService plans;

    public AccountPlanResource(PlanService plans) {
        this.plans = plans;
    }

    @GET
    @Operation(operationId = "listAccountPlans", summary = "An account's plans",
            description = "Keyset-paged, latest period first unless sorted otherwise.")
    public PlanPage list(@PathParam("accountId") UUID accountId,
            @QueryParam("sort") @Parameter(description = "Comma list of periodStart, updatedAt; prefix - for"
                    + " descending. Default -periodStart.", example = "-periodStart") String sort,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return plans.list(accountId, sync.after(), sort, page.limit(), page.cursor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "createAccountPlan", summary = "Write a plan for an account",
            description = "By whoever may work on the account (its owner, managers, its team today). The account's"
                    + " growth target becomes its first objective (GROWTH: ARR against the year's baseline), kept in"
                    + " step with the account. One ACTIVE plan per account (409 plan-active).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanInput.class),
            examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "The account is archived, or has an ACTIVE plan already")
    public Response create(@PathParam("accountId") UUID accountId, PlanInput input, @Context UriInfo uri) {
        PlanView created = plans.create(accountId, input);
        return Responses.created(uri.getBaseUriBuilder().path("api/v1/plans").path(created.id().toString())
                .build(), created, created.version());
    }
}
