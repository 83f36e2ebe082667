package com.stratum.revenuealert;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.MergePatch;
import com.stratum.common.PageParams;
import com.stratum.common.Responses;
import com.stratum.common.SyncParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/revenue-alerts")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revenue alerts", description = "Alerts raised from the revenue lines: STOPPED_BUYING (a product bought"
        + " in at least 4 of the 6 months before the last N complete months and in none of those N, N the larger of 2"
        + " and 1.5 x its median gap between orders, rounded up; not when the customer paused the same months a year"
        + " earlier), VOLUME_DROP (the latest complete month's quantity more than 30 % below the average of the 6"
        + " months before, for a product bought in at least 4 of them) and REVENUE_DECLINE (the account's last 3"
        + " complete months more than 15 % below the same months a year earlier); thresholds per tier in"
        + " /api/v1/settings/revenue-alerts. Accounts are checked shortly after each ingest that touches them and"
        + " every night. An alert is raised once per account, product and rule while open (and once per episode:"
        + " the last month bought for STOPPED_BUYING, the month for the others), opens a task for the account's owner"
        + " and notifies them. It stays open until people resolve it, even when the condition clears by itself (the"
        + " customer buys again): resolve it then with the cause, DATA_ERROR when the figures were wrong.")
public class AlertResource {
    private final AlertService alerts;
    private final AlertQueries queries;

    public AlertResource(AlertService alerts, AlertQueries queries) {
        this.alerts = alerts;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "listRevenueAlerts", summary = "Revenue alerts across accounts",
            description = "The alerts inbox (`status=NEW`), an owner's (`ownerId`) or an account's (`accountId`)."
                    + " Keyset-paged, newest first unless sorted otherwise. Each alert carries its account's last"
                    + " QBR reasons.")
    public AlertPage list(@BeanParam AlertFilter filter, @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return queries.list(filter.criteria(), sync.after(), filter.sort, page.limit(), page.cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRevenueAlert", summary = "Get a revenue alert")
    @APIResponse(responseCode = "200", description = "The alert",
            content = @Content(schema = @Schema(implementation = AlertView.class)))
    public Response get(@PathParam("id") UUID id) {
        AlertView alert = queries.view(id);
        return Responses.ok(alert, alert.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_WRITE_NAME)
    @Operation(operationId = "updateRevenueAlert", summary = "Acknowledge or resolve a revenue alert (JSON Merge"
            + " Patch)", description = "NEW -> ACKNOWLEDGED -> RESOLVED, or NEW -> RESOLVED. Resolving needs a `cause`"
            + " and a `resolutionNote`; the cause COMPETITOR needs the `competitor`'s name or a `competitorId` of the list. A resolved alert changes no"
            + " more (409). Whoever may work on the account: its owner, its team and managers.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AlertInput.class),
            examples = {@ExampleObject(name = "acknowledge", value = "{\"status\": \"ACKNOWLEDGED\"}"),
                    @ExampleObject(name = "resolve", value = """
                            {"status": "RESOLVED", "cause": "COMPETITOR", "competitor": "Globex",
                             "resolutionNote": "Moved the widget volume to Globex after their price cut."}""")}))
    @APIResponse(responseCode = "200", description = "The changed alert",
            content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "409", description = "The alert is resolved")
    public Response patch(@PathParam("id") UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        AlertView alert = alerts.patch(id, patch, ifMatch);
        return Responses.ok(alert, alert.version());
    }
}
