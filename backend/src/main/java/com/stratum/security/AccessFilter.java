package com.stratum.security;

import com.stratum.common.ApiProblem;
import com.stratum.common.Secrets;
import com.stratum.web.ClientAddress;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Decides who may call what, before any resource method runs: authenticates the bearer token or session
 * cookie, checks the CSRF header on cookie-authenticated writes, applies the rate limit, and checks the
 * scope the operation declares. Role and ownership rules that depend on the data live in the services.
 */
public class AccessFilter {
    public static final String SESSION_COOKIE = "stratum_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String API_TOKEN_SCHEME = "apiToken";
    private static final Logger LOG = Logger.getLogger(AccessFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String OUTCOME = "stratum.rate-limit";

    private final Credentials credentials;
    private final RateLimiter limiter;
    private final CurrentCaller current;
    private final CurrentVertxRequest vertxRequest;

    public AccessFilter(Credentials credentials, RateLimiter limiter, CurrentCaller current,
            CurrentVertxRequest vertxRequest) {
        this.credentials = credentials;
        this.limiter = limiter;
        this.current = current;
        this.vertxRequest = vertxRequest;
    }

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHENTICATION)
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        Operation operation = method.getAnnotation(Operation.class);
        current.operation(operation == null ? method.getName() : operation.operationId(),
                !SAFE_METHODS.contains(request.getMethod()));
        if (method.isAnnotationPresent(Public.class) || type.isAnnotationPresent(Public.class)) {
            RateLimiter.Outcome outcome = limiter.forAddress(clientAddress());
            request.setProperty(OUTCOME, outcome);
            refuseIfExhausted(outcome);
            return;
        }
        SecurityRequirement requirement = declared(method, type);
        if (requirement == null) {
            // Deny by default: an endpoint that forgot to declare its access is closed, not open.
            LOG.errorf("%s.%s declares neither @Public nor @SecurityRequirement", type.getSimpleName(),
                    method.getName());
            throw Problems.forbidden("This operation is not available.");
        }
        Caller caller;
        String token = null;
        String sessionSecret = null;
        try {
            token = bearerToken(request);
            if (token == null) {
                sessionSecret = sessionSecret(request);
            }
            caller = token != null ? credentials.apiToken(token) : credentials.session(sessionSecret);
        } catch (ApiProblem refused) {
            // Guessing credentials costs the guesser's address its public allowance.
            RateLimiter.Outcome outcome = limiter.forAddress(clientAddress());
            refuseIfExhausted(outcome);
            throw refused;
        }
        current.set(caller);
        if (!caller.viaToken() && !SAFE_METHODS.contains(request.getMethod())
                && !Secrets.same(caller.csrfToken(), request.getHeaderString(CSRF_HEADER))) {
            throw Problems.forbidden("Missing or wrong " + CSRF_HEADER + " header. Signed-in browsers send the"
                    + " csrfToken from GET /api/v1/me with every change.").with("reason", "csrf");
        }
        RateLimiter.Outcome outcome = limiter.forCaller(caller);
        request.setProperty(OUTCOME, outcome);
        // A token or session verified before a revocation, a sign-out or a role change committed is looked up again.
        caller = token != null ? credentials.apiTokenAsOf(token, caller, outcome.credentialVersion())
                : credentials.sessionAsOf(sessionSecret, caller, outcome.credentialVersion());
        current.set(caller);
        refuseIfExhausted(outcome);
        for (String name : requirement.scopes()) {
            Scope scope = Scope.of(name);
            if (!caller.can(scope)) {
                throw caller.viaToken() && Scope.grantedTo(caller.role()).contains(scope)
                        ? Problems.missingScope(scope)
                        : Problems.forbidden("Your role (" + caller.role() + ") does not allow " + scope.value()
                                + ".");
            }
        }
    }

    /** Every API response tells the client how much of its allowance is left. */
    @ServerResponseFilter
    public void rateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(OUTCOME) instanceof RateLimiter.Outcome outcome) {
            response.getHeaders().putSingle("RateLimit-Limit", outcome.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", outcome.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", outcome.resetSeconds());
        }
    }

    /** The bearer token the request carries, or null when it has no Authorization header. */
    private static String bearerToken(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return null;
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer") || parts[1].isBlank()) {
            throw Problems.unauthenticated("The Authorization header must be 'Bearer <API token>'.");
        }
        return parts[1].trim();
    }

    /** The session cookie's secret; 401 when the request carries none. */
    private static String sessionSecret(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        if (cookie != null && cookie.getValue() != null && !cookie.getValue().isBlank()) {
            return cookie.getValue();
        }
        throw Problems.unauthenticated("Sign in or send an API token (Authorization: Bearer <token>).");
    }

    private void refuseIfExhausted(RateLimiter.Outcome outcome) {
        if (!outcome.allowed()) {
            long retryAfter = Math.max(1, outcome.retryAfterSeconds());
            ApiProblem problem = Problems.tooManyRequests("The rate limit of " + outcome.limit() + " requests in "
                    + limiter.windowSeconds() + " seconds is used up. Try again in " + retryAfter
                    + (retryAfter == 1 ? " second." : " seconds."), retryAfter);
            problem.header("RateLimit-Limit", Integer.toString(outcome.limit()))
                    .header("RateLimit-Remaining", "0")
                    .header("RateLimit-Reset", Long.toString(outcome.resetSeconds()));
            throw problem;
        }
    }

    private static SecurityRequirement declared(Method method, Class<?> type) {
        SecurityRequirement onMethod = method.getAnnotation(SecurityRequirement.class);
        SecurityRequirement found = onMethod != null ? onMethod : type.getAnnotation(SecurityRequirement.class);
        return found != null && API_TOKEN_SCHEME.equals(found.name()) ? found : null;
    }

    /** The client's address, as the HTTP edge defines it (the peer, or the forwarded client behind a proxy). */
    public String clientAddress() {
        return ClientAddress.of(vertxRequest.getCurrent().request());
    }

}
