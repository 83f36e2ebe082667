package com.stratum.settings;

import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/settings")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "The company's settings and what is configured.")
public class SettingsResource {
    private final SettingsService settings;

    public SettingsResource(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Operation(operationId = "getSettings", summary = "The company's settings")
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(schema = @Schema(implementation = SettingsView.class)))
    public Response get() {
        SettingsView view = settings.get();
        return Responses.ok(view, view.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ADMIN_NAME)
    @Operation(operationId = "updateSettings", summary = "Change the company's settings",
            description = "Needs the ADMIN role (and the admin scope for tokens).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SettingsInput.class),
            examples = @ExampleObject(name = "name", value = "{\"companyName\": \"Acme Software\"}")))
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(schema = @Schema(implementation = SettingsView.class)))
    public Response update(SettingsInput input, @HeaderParam("If-Match") String ifMatch) {
        SettingsView view = settings.update(input, ifMatch);
        return Responses.ok(view, view.version());
    }
}
