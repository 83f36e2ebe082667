package com.stratum.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.ApiProblem;
import com.stratum.common.MergePatch;
import com.stratum.common.PageParams;
import com.stratum.common.QueryParams;
import com.stratum.common.Responses;
import com.stratum.common.SyncParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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

@Path("/api/v1/users")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "People who use Stratum and own accounts.")
public class UserResource {
    private final UserService users;
    private final AccessFilter access;

    public UserResource(UserService users, AccessFilter access) {
        this.users = users;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List users")
    public UserPage list(
            @QueryParam("q") @Parameter(description = "Text contained in the name or email.") String q,
            @QueryParam("role") @Parameter(description = "Any of these roles; repeat the parameter.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Role.class)) List<String> role,
            @QueryParam("active") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String active,
            @QueryParam("managerId") @Parameter(description = "Only users who report to one of these users; repeat"
                    + " the parameter.", schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
            List<String> managerId,
            @QueryParam("sort") @Parameter(description = "Comma list of name, email, createdAt, updatedAt; - for"
                    + " descending.", example = "name") String sort,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        var filter = new UserService.Filter(QueryParams.text("q", q), QueryParams.enums("role", role, Role.class),
                QueryParams.bool("active", active), QueryParams.uuids("managerId", managerId));
        return users.list(filter, sync.after(), sort, page.limit(), page.cursor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ADMIN_NAME)
    @Operation(operationId = "createUser", summary = "Create a user")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewUserInput.class),
            examples = @ExampleObject(name = "accountManager",
                    value = "{\"name\": \"Dana Whitfield\", \"email\": \"dana@example.com\", \"role\": \"ACCOUNT_MANAGER\","
                            + " \"level\": \"JUNIOR\","
                            + " \"password\": \"a long first password\"}")))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "Another user has this email")
    public Response create(NewUserInput input, @Context UriInfo uri) {
        if (input == null) {
            throw ApiProblem.badRequest("The request body is missing.");
        }
        UserView created = users.create(input.properties(), input.password());
        return Responses.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created, created.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "Get a user")
    @APIResponse(responseCode = "200", description = "The user",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response get(@PathParam("id") UUID id) {
        UserView user = users.get(id);
        return Responses.ok(user, user.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ADMIN_NAME)
    @Operation(operationId = "updateUser", summary = "Change a user (JSON Merge Patch)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = UserInput.class),
            examples = @ExampleObject(name = "deactivate", value = "{\"active\": false}")))
    @APIResponse(responseCode = "200", description = "The changed user",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "Another user has this email, or the new level may not own"
            + " an account the user holds (a JUNIOR user owns no STRATEGIC account)")
    public Response patch(@PathParam("id") UUID id, JsonNode patch,
            @HeaderParam("If-Match") String ifMatch) {
        UserView user = users.patch(id, patch, ifMatch);
        return Responses.ok(user, user.version());
    }

    @PUT
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME)
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "setUserPassword", summary = "Set a user's password",
            description = "Your own (with currentPassword), or anyone's as an admin. Ends the user's other sessions."
                    + " Wrong current passwords count like failed sign-ins (429 after 5 in 15 minutes).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PasswordChangeInput.class),
            examples = @ExampleObject(name = "own",
                    value = "{\"currentPassword\": \"the old long password\", \"newPassword\": \"a new long password\"}")))
    @APIResponse(responseCode = "204", description = "Password set")
    public Response setPassword(@PathParam("id") UUID id, PasswordChangeInput change) {
        if (change == null) {
            throw ApiProblem.badRequest("The request body is missing.");
        }
        users.setPassword(id, change, access.clientAddress());
        return Response.noContent().build();
    }
}
