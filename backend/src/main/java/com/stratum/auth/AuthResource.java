package com.stratum.auth;

import com.stratum.common.Validation;
import com.stratum.security.AccessFilter;
import com.stratum.security.Caller;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Public;
import com.stratum.user.UserService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in", description = "Browser sessions. Integrations use API tokens instead.")
public class AuthResource {
    private final SessionService sessions;
    private final UserService users;
    private final CurrentCaller current;
    private final AccessFilter access;
    private final Validation validation;

    public AuthResource(SessionService sessions, UserService users, CurrentCaller current, AccessFilter access,
            Validation validation) {
        this.sessions = sessions;
        this.users = users;
        this.current = current;
        this.access = access;
        this.validation = validation;
    }

    @POST
    @Path("/login")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signIn", summary = "Sign in",
            description = "Opens a session in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS) that ends"
                    + " after 30 minutes without a request. After 5 failed attempts for one email or from one"
                    + " address within 15 minutes, further attempts get 429 with Retry-After.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SignInInput.class),
            examples = @ExampleObject(name = "admin",
                    value = "{\"email\": \"admin@example.com\", \"password\": \"correct horse battery\"}")))
    @APIResponse(responseCode = "200", description = "Signed in",
            headers = @Header(name = "Set-Cookie", description = "The session cookie, " + AccessFilter.SESSION_COOKIE,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "401", description = "Wrong email or password, or the user is deactivated")
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins; see Retry-After")
    public Response signIn(SignInInput credentials, @Context UriInfo uri) {
        validation.check(credentials);
        SessionService.Opened opened = sessions.signIn(credentials.email(), credentials.password(),
                access.clientAddress());
        Me me = new Me(users.get(opened.caller().userId()), opened.caller().scopes().stream().toList(),
                opened.caller().csrfToken(), null, sessions.idleTimeout().toSeconds());
        return Response.ok(me).cookie(cookie(opened.secret(), uri, -1)).build();
    }

    @POST
    @Path("/logout")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME)
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "signOut", summary = "Sign out",
            description = "Ends the session and clears its cookie. With an API token there is no session and"
                    + " nothing changes; revoke the token instead.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response signOut(@Context UriInfo uri) {
        Caller caller = current.require();
        if (caller.sessionId() != null) {
            sessions.signOut(caller.sessionId());
        }
        return Response.noContent().cookie(cookie("", uri, 0)).build();
    }

    private static NewCookie cookie(String value, UriInfo uri, int maxAge) {
        return new NewCookie.Builder(AccessFilter.SESSION_COOKIE).value(value).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).secure("https".equals(uri.getBaseUri().getScheme()))
                .maxAge(maxAge).build();
    }
}
