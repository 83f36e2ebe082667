package com.stratum.task;

import jakarta.ws.rs.core.HttpHeaders;
import com.stratum.common.CsvParams;
import com.stratum.common.CsvExport;
import com.stratum.common.SyncParams;
import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.MergePatch;
import com.stratum.common.PageParams;
import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tasks")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.TASKS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "What someone has to do on an account by a date; a failing QBR's follow-up"
        + " actions become tasks of the account's owner.")
public class TaskResource {
    static final String TASK_EXAMPLE = """
            {"title": "Send the revised rollout plan", "accountId": "3f2c9a1e-8b7d-4c6e-9f0a-1b2c3d4e5f60",
             "contactId": null, "opportunityId": null, "qbrId": null,
             "assigneeId": "0b7f6a8e-3c1d-4a5e-9f2b-6d8c1e4a7b90", "dueDate": "2027-03-31"}""";

    private final TaskService tasks;

    public TaskResource(TaskService tasks) {
        this.tasks = tasks;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listTasks", summary = "List tasks, by due date",
            description = "Keyset-paged, by due date then id unless sorted otherwise. `assigneeId` with"
                    + " `status=OPEN` and `dueBefore` of tomorrow is someone's work for today. As CSV (Accept: text/csv or"
                    + " format=csv): every task the filters match, unpaged.")
    @APIResponse(responseCode = "200", description = "A page of tasks, or all of them as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskPage.class)),
            @Content(mediaType = CsvExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Columns: " + TaskQueries.CSV))})
    public Response list(@BeanParam TaskFilter filter, @BeanParam SyncParams sync, @BeanParam CsvParams format,
            @BeanParam PageParams page, @Context HttpHeaders headers) {
        if (format.wanted(headers)) {
            return tasks.csv(filter.criteria(), sync.after(), filter.sort);
        }
        return Response.ok(tasks.list(filter.criteria(), sync.after(), filter.sort, page.limit(), page.cursor))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.TASKS_WRITE_NAME)
    @Operation(operationId = "createTask", summary = "Create a task",
            description = "By whoever may work on the account (its owner, managers, its team today); the assignee"
                    + " must be one of those and active. Created tasks are MANUAL.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TaskInput.class),
            examples = @ExampleObject(name = "task", value = TASK_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = "The account is archived")
    public Response create(TaskInput input, @Context UriInfo uri) {
        TaskView created = tasks.create(input);
        return Responses.created(uri.getBaseUriBuilder().path("api/v1/tasks").path(created.id().toString()).build(),
                created, created.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTask", summary = "Get a task")
    @APIResponse(responseCode = "200", description = "The task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response get(@PathParam("id") UUID id) {
        TaskView task = tasks.get(id);
        return Responses.ok(task, task.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.TASKS_WRITE_NAME)
    @Operation(operationId = "updateTask", summary = "Change, complete or reopen a task (JSON Merge Patch)",
            description = "By its assignee or whoever may work on the account. `status: DONE` completes it"
                    + " (completedAt, completedBy), `status: OPEN` reopens it. A DONE or CANCELLED task changes"
                    + " nothing but its status until reopened.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TaskInput.class),
            examples = {@ExampleObject(name = "complete", value = "{\"status\": \"DONE\"}"),
                @ExampleObject(name = "postpone", value = "{\"dueDate\": \"2027-04-07\"}")}))
    @APIResponse(responseCode = "200", description = "The changed task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = "The task is DONE or CANCELLED and the patch changes more than"
            + " its status")
    public Response patch(@PathParam("id") UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        TaskView task = tasks.patch(id, patch, ifMatch);
        return Responses.ok(task, task.version());
    }
}
