package com.stratum.competition;

import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import com.stratum.task.TaskView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** An account's threat paths; its own root path so it never shadows /api/v1/accounts/{id}. */
@Path("/api/v1/accounts/{accountId}/threats")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competition")
public class ThreatResource {
    private final Threats threats;

    public ThreatResource(Threats threats) {
        this.threats = threats;
    }

    @GET
    @Operation(operationId = "getAccountThreats", summary = "The paths a competitor could take into an account",
            description = "Computed when asked, from the account's people, whitespace, offering gaps, last QBR,"
                    + " contracts and revenue alerts; highest score first, each with its sentence and evidence. "
                    + ThreatRules.SCORE_RULE)
    @APIResponse(responseCode = "200", description = "The threat paths and the account's score",
            content = @Content(schema = @Schema(implementation = AccountThreats.class)))
    public AccountThreats get(@PathParam("accountId") UUID accountId) {
        return threats.of(accountId);
    }

    @POST
    @Path("/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.TASKS_WRITE_NAME)
    @Operation(operationId = "createThreatTask", summary = "Make a task of a threat path (one click)",
            description = "A task of source THREAT on the account, titled with the path's title, its whole sentence as"
                    + " the task's detail, for the account's owner (the caller when it has no active owner), due in 7"
                    + " days. By whoever may work on the account. Idempotent: while a task made of the path is OPEN"
                    + " (the path's taskId), the same key answers that task with 200 instead of making another. 422"
                    + " when the account has no such path now.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ThreatTaskInput.class),
            examples = @ExampleObject(name = "path", value = """
                    {"key": "UNTOUCHED_UNIT:0b9c7f5e-8a1d-4c2b-9e3f-1a2b3c4d5e6f"}""")))
    @APIResponse(responseCode = "200", description = "The path's OPEN task, made before",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "201", description = "The task",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = "The account is archived")
    public Response createTask(@PathParam("accountId") UUID accountId, ThreatTaskInput input, @Context UriInfo uri) {
        Threats.Made made = threats.createTask(accountId, input);
        TaskView task = made.task();
        if (!made.created()) {
            return Responses.ok(task, task.version());
        }
        return Responses.created(uri.getBaseUriBuilder().path("api/v1/tasks").path(task.id().toString()).build(),
                task, task.version());
    }
}
