package com.stratum.activity;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import com.stratum.common.BatchItems;
import com.stratum.common.CsvParams;
import com.stratum.common.CsvExport;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import java.util.List;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.BeanParam;
import com.stratum.common.QueryParams;
import com.stratum.common.PageParams;
import com.stratum.common.SyncParams;
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
import jakarta.ws.rs.POST;
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

@Path("/api/v1/activities")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACTIVITIES_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
public class ActivityResource {
    private static final String BATCH_EXAMPLE = """
            {"items": [{"source": "exchange-calendar", "externalId": "AAMkAGI2TG93AAA=",
              "accountId": "0b7f6a8e-3c1d-4a5e-9f2b-6d8c1e4a7b90", "type": "MEETING",
              "occurredAt": "2026-11-20T09:00:00Z", "summary": "Quarterly planning",
              "contactIds": ["5d1c7a0e-2b4f-4c3a-9e8d-7f6a5b4c3d2e"]}]}""";

    private final ActivityService activities;
    private final ActivityQueries queries;
    private final ActivityBatch batch;

    public ActivityResource(ActivityService activities, ActivityQueries queries, ActivityBatch batch) {
        this.activities = activities;
        this.queries = queries;
        this.batch = batch;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listActivities", summary = "List activities across accounts",
            description = "Keyset-paged, newest first unless sorted otherwise; with updatedAfter, the changes for a"
                    + " sync. As CSV (Accept: text/csv or format=csv): every activity the filters match, unpaged.")
    @APIResponse(responseCode = "200", description = "A page of activities, or all of them as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityPage.class)),
            @Content(mediaType = CsvExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Columns: " + ActivityQueries.CSV))})
    public Response list(
            @QueryParam("accountId") @Parameter(description = "Only activities of these accounts; repeat for any of"
                    + " several.", schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
            List<String> accountId,
            @QueryParam("sort") @Parameter(description = "occurredAt, -occurredAt or updatedAt. Default -occurredAt"
                    + " (newest first).", example = "-occurredAt") String sort,
            @BeanParam SyncParams sync, @BeanParam CsvParams format, @BeanParam PageParams page,
            @Context HttpHeaders headers) {
        List<UUID> accounts = QueryParams.uuids("accountId", accountId);
        if (format.wanted(headers)) {
            return queries.csv(accounts, sync.after(), sort);
        }
        return Response.ok(queries.list(accounts, sync.after(), sort, page.limit(), page.cursor))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActivity", summary = "Get an activity")
    @APIResponse(responseCode = "200", description = "The activity",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response get(@PathParam("id") UUID id) {
        ActivityView activity = queries.view(id);
        return Responses.ok(activity, activity.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACTIVITIES_WRITE_NAME)
    @Operation(operationId = "updateActivity", summary = "Change an activity (JSON Merge Patch)",
            description = "Only its author or a manager. Recomputes the last touch of the account and its contacts.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActivityInput.class),
            examples = @ExampleObject(name = "summary", value = "{\"summary\": \"Renewal call with the CFO and"
                    + " CTO\"}")))
    @APIResponse(responseCode = "200", description = "The changed activity",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response patch(@PathParam("id") UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        ActivityView activity = activities.patch(id, patch, ifMatch);
        return Responses.ok(activity, activity.version());
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACTIVITIES_WRITE_NAME)
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "deleteActivity", summary = "Delete an activity",
            description = "Only its author or a manager. The audit log keeps every value it had; the last touch of"
                    + " the account and its contacts falls back to the activities that remain.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        activities.delete(id, ifMatch);
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACTIVITIES_WRITE_NAME)
    @Operation(operationId = "batchActivities", summary = "Create or update up to 500 activities from an integration",
            description = "For mail and calendar integrations. Each item is known by (source, externalId): a new one"
                    + " is created, a known one is updated when it differs (by its author or a manager) and left"
                    + " unchanged when it is the same, so sending a batch again changes nothing. Each item is written"
                    + " in its own transaction: valid items land even when others are refused, and each result says"
                    + " why. At most 500 items and the request body limit (1 MiB)." + BatchItems.RACES)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActivityBatchInput.class),
            examples = @ExampleObject(name = "calendar", value = BATCH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "What became of each item",
            content = @Content(schema = @Schema(implementation = ActivityBatchResult.class)))
    public ActivityBatchResult batch(ActivityBatchInput input) {
        return batch.run(input);
    }
}
