package com.stratum.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.MergePatch;
import com.stratum.common.PageParams;
import com.stratum.common.Responses;
import com.stratum.common.SyncParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.callbacks.Callback;
import org.eclipse.microprofile.openapi.annotations.callbacks.CallbackOperation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Business events sent to your URL as they happen, signed with HMAC-SHA256"
        + " (`Stratum-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\">`, keyed with the"
        + " webhook's secret). At least once (deduplicate on the event `id`), in order per resource, retried with"
        + " exponential backoff for 24 hours; then the webhook is marked failing and admins are told. Any 2xx answer"
        + " within 5 seconds counts as received; redirects are not followed. Admins, or tokens with webhooks:admin.")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.WEBHOOKS_ADMIN_NAME)
public class WebhookResource {
    private static final String EXAMPLE = "{\"name\": \"Billing system\", \"url\": \"https://hooks.example.com/stratum\","
            + " \"eventTypes\": [\"account.created\", \"account.updated\", \"opportunity.closed\"]}";
    private static final String SIGNATURE = "`t=<unix seconds>,v1=<hex HMAC-SHA256>` over `<t>.<raw body>` with the"
            + " webhook's secret; refuse a t more than 5 minutes from your clock.";

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhooks", description = "Newest first by default.")
    public WebhookPage list(
            @QueryParam("sort") @Parameter(description = "Comma list of createdAt, name, updatedAt; - for"
                    + " descending.", example = "-createdAt") String sort,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return webhooks.list(sync.after(), sort, page.limit(), page.cursor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Create a webhook",
            description = "The secret is in this response once and never again (rotate it to get a new one). The URL"
                    + " must be https and resolve to public addresses only (loopback, private, link-local and"
                    + " metadata addresses are refused unless the server's allowlist names them); it is checked"
                    + " again before every send. The callbacks below are the requests your URL receives.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookInput.class),
            examples = @ExampleObject(name = "billing", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; copy the secret now",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CreatedWebhook.class)))
    @Callback(name = "accountEvents", callbackUrlExpression = "{$request.body#/url}", operations = @CallbackOperation(
            method = "post", summary = "An account event", description = SIGNATURE,
            parameters = @Parameter(name = "Stratum-Signature", in = ParameterIn.HEADER, required = true,
                    description = SIGNATURE, schema = @Schema(type = SchemaType.STRING)),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookPayloads.AccountEvent.class))),
            responses = @APIResponse(responseCode = "200", description = "Any 2xx: received")))
    @Callback(name = "opportunityEvents", callbackUrlExpression = "{$request.body#/url}",
            operations = @CallbackOperation(method = "post", summary = "An opportunity event", description = SIGNATURE,
                    parameters = @Parameter(name = "Stratum-Signature", in = ParameterIn.HEADER, required = true,
                            description = SIGNATURE, schema = @Schema(type = SchemaType.STRING)),
                    requestBody = @RequestBody(required = true, content = @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookPayloads.OpportunityEvent.class))),
                    responses = @APIResponse(responseCode = "200", description = "Any 2xx: received")))
    @Callback(name = "contactEvents", callbackUrlExpression = "{$request.body#/url}",
            operations = @CallbackOperation(method = "post", summary = "A contact event", description = SIGNATURE,
                    parameters = @Parameter(name = "Stratum-Signature", in = ParameterIn.HEADER, required = true,
                            description = SIGNATURE, schema = @Schema(type = SchemaType.STRING)),
                    requestBody = @RequestBody(required = true, content = @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookPayloads.ContactEvent.class))),
                    responses = @APIResponse(responseCode = "200", description = "Any 2xx: received")))
    @Callback(name = "activityEvents", callbackUrlExpression = "{$request.body#/url}",
            operations = @CallbackOperation(method = "post", summary = "An activity event", description = SIGNATURE,
                    parameters = @Parameter(name = "Stratum-Signature", in = ParameterIn.HEADER, required = true,
                            description = SIGNATURE, schema = @Schema(type = SchemaType.STRING)),
                    requestBody = @RequestBody(required = true, content = @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookPayloads.ActivityEvent.class))),
                    responses = @APIResponse(responseCode = "200", description = "Any 2xx: received")))
    @Callback(name = "qbrEvents", callbackUrlExpression = "{$request.body#/url}",
            operations = @CallbackOperation(method = "post", summary = "A QBR event", description = SIGNATURE,
                    parameters = @Parameter(name = "Stratum-Signature", in = ParameterIn.HEADER, required = true,
                            description = SIGNATURE, schema = @Schema(type = SchemaType.STRING)),
                    requestBody = @RequestBody(required = true, content = @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookPayloads.QbrEvent.class))),
                    responses = @APIResponse(responseCode = "200", description = "Any 2xx: received")))
    @Callback(name = "revenueAlertEvents", callbackUrlExpression = "{$request.body#/url}",
            operations = @CallbackOperation(method = "post", summary = "A revenue alert event",
                    description = SIGNATURE,
                    parameters = @Parameter(name = "Stratum-Signature", in = ParameterIn.HEADER, required = true,
                            description = SIGNATURE, schema = @Schema(type = SchemaType.STRING)),
                    requestBody = @RequestBody(required = true, content = @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookPayloads.RevenueAlertEvent.class))),
                    responses = @APIResponse(responseCode = "200", description = "Any 2xx: received")))
    public Response create(WebhookInput input, @Context UriInfo uri) {
        CreatedWebhook created = webhooks.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.webhook().id().toString()).build())
                .entity(created).tag(String.valueOf(created.webhook().version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook")
    @APIResponse(responseCode = "200", description = "The webhook",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response get(@PathParam("id") UUID id) {
        WebhookView webhook = webhooks.get(id);
        return Responses.ok(webhook, webhook.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateWebhook", summary = "Change a webhook (JSON Merge Patch)",
            description = "Name, URL (checked like at creation), event types and the active flag. An inactive"
                    + " webhook keeps its waiting deliveries and sends them once active again. Any change clears"
                    + " failingSince.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookInput.class),
            examples = @ExampleObject(name = "pause", value = "{\"active\": false}")))
    @APIResponse(responseCode = "200", description = "The changed webhook",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response patch(@PathParam("id") UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        WebhookView webhook = webhooks.patch(id, patch, ifMatch);
        return Responses.ok(webhook, webhook.version());
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook",
            description = "With its delivery log; nothing more is sent to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        webhooks.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate a webhook's secret",
            description = "A new secret, in this response once; deliveries are signed with it from now on.")
    @APIResponse(responseCode = "200", description = "The new secret; copy it now",
            content = @Content(schema = @Schema(implementation = CreatedWebhook.class)))
    public CreatedWebhook rotate(@PathParam("id") UUID id) {
        return webhooks.rotateSecret(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's delivery log",
            description = "Newest first: each event sent (or waiting), its status, attempts, and the last attempt's"
                    + " HTTP status, latency and the start of the answer.")
    public WebhookDeliveryPage deliveries(@PathParam("id") UUID id, @BeanParam PageParams page) {
        return webhooks.deliveries(id, page.limit(), page.cursor);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivery's event again",
            description = "A new delivery with the same event id and body, due now, retried like any other.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryView.class)))
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(webhooks.redeliver(id, deliveryId)).build();
    }
}
