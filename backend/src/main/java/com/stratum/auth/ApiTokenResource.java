package com.stratum.auth;

import com.stratum.common.PageParams;
import com.stratum.common.QueryParams;
import com.stratum.common.SyncParams;
import com.stratum.security.AccessFilter;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/api-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens", description = "Credentials for integrations. Managed by signed-in users; a token can"
        + " manage tokens only with the admin scope.")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME)
public class ApiTokenResource {
    private final ApiTokenService tokens;

    public ApiTokenResource(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GET
    @Operation(operationId = "listApiTokens", summary = "List API tokens",
            description = "Your own tokens; admins see everyone's. Revoked tokens are not listed.")
    public ApiTokenPage list(
            @QueryParam("userId") @Parameter(description = "Only this user's tokens (admins).",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String userId,
            @QueryParam("sort") @Parameter(description = "Comma list of createdAt, name, updatedAt; - for"
                    + " descending.", example = "-createdAt") String sort,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return tokens.list(QueryParams.uuid("userId", userId), sync.after(), sort, page.limit(), page.cursor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiToken", summary = "Create an API token",
            description = "The token is in this response once and never again; only its hash is stored.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApiTokenInput.class),
            examples = @ExampleObject(name = "billing",
                    value = "{\"name\": \"Billing sync\", \"scopes\": [\"accounts:read\"],"
                            + " \"expiresAt\": \"2027-12-31T00:00:00Z\"}")))
    @APIResponse(responseCode = "201", description = "Created; copy the token now",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CreatedApiToken.class)))
    @APIResponse(responseCode = "409", description = "You already have 25 live tokens; revoke one first")
    public Response create(ApiTokenInput input, @Context UriInfo uri) {
        CreatedApiToken created = tokens.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.apiToken().id().toString()).build())
                .entity(created).build();
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "revokeApiToken", summary = "Revoke an API token",
            description = "Works at once: the next request with the token gets 401.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") UUID id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
