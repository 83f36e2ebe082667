package com.stratum.auth;

import com.stratum.security.AccessFilter;
import com.stratum.security.Caller;
import com.stratum.security.CurrentCaller;
import com.stratum.user.UserService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in")
public class MeResource {
    private final CurrentCaller current;
    private final UserService users;
    private final SessionService sessions;

    public MeResource(CurrentCaller current, UserService users, SessionService sessions) {
        this.current = current;
        this.users = users;
        this.sessions = sessions;
    }

    @GET
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME)
    @Operation(operationId = "getMe", summary = "Who am I",
            description = "The signed-in user or the token's user, the scopes in effect and, for sessions, the"
                    + " CSRF token to send with changes.")
    public Me me() {
        Caller caller = current.require();
        return new Me(users.get(caller.userId()), caller.scopes().stream().toList(), caller.csrfToken(),
                caller.tokenId(), caller.viaToken() ? null : sessions.idleTimeout().toSeconds());
    }
}
