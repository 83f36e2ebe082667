package com.stratum.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.common.ApiProblem;
import com.stratum.security.Caller;
import com.stratum.security.CurrentCaller;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Safe retries for every POST, once, at the HTTP edge: a POST with an {@code Idempotency-Key} header claims the
 * key for its caller (after {@code AccessFilter} has said who that is) before the resource runs. The same key
 * and the same request again within 24 hours gets the first answer back (status, body, Location and ETag, marked
 * {@code Idempotent-Replayed: true}) without the work being done again; the same key with another request is a
 * 422; while the first is still running, a duplicate is a 409. Only a successful answer is kept: an error means
 * nothing was done, so the key is given back and a retry runs again.
 *
 * <p>Keys belong to their caller (the API token, or the signed-in user), so two clients never collide. Public
 * POSTs (sign-in, survey answers) have no caller and ignore the header.
 */
public class IdempotencyFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final int MAX_LENGTH = 255;
    /** The answer headers a replay repeats; the rest (rate limits, security headers) are the replay's own. */
    static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);
    /** The uploads the HTTP edge streams to their resource (web/RequestGate): their body is not there to compare. */
    static final java.util.Set<String> STREAMED_UPLOADS = java.util.Set.of("/api/v1/revenue-imports",
            "/api/v1/imports");
    private static final String CLAIM = "stratum.idempotency";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);

    private record Claim(String caller, String key, String fingerprint) {
    }

    private final IdempotencyKeys keys;
    private final CurrentCaller current;
    private final CurrentVertxRequest vertxRequest;
    private final ObjectMapper json;

    public IdempotencyFilter(IdempotencyKeys keys, CurrentCaller current, CurrentVertxRequest vertxRequest,
            ObjectMapper json) {
        this.keys = keys;
        this.current = current;
        this.vertxRequest = vertxRequest;
        this.json = json;
    }

    /** Null when the request goes on to its resource; otherwise the stored answer. */
    @ServerRequestFilter(priority = Priorities.USER)
    public Response claim(ContainerRequestContext request, ResourceInfo resource) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || resource.getResourceMethod() == null) {
            return null;
        }
        Optional<Caller> caller = current.get();
        if (caller.isEmpty()) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)
                || key.isBlank()) {
            throw ApiProblem.badRequest("The Idempotency-Key header must be 1 to " + MAX_LENGTH + " visible ASCII"
                    + " characters, such as a UUID; send a valid key or none.");
        }
        String path = request.getUriInfo().getPath();
        if (STREAMED_UPLOADS.contains(path) && "POST".equals(request.getMethod())) {
            throw ApiProblem.badRequest("A CSV import cannot be sent with an Idempotency-Key, because its upload is"
                    + " streamed; send it without the header and find an earlier import in GET " + path + ".");
        }
        Caller who = caller.get();
        String owner = who.viaToken() ? "token:" + who.tokenId() : "user:" + who.userId();
        String fingerprint = fingerprint(request);
        Optional<IdempotencyKeys.Stored> held = keys.claim(owner, key, fingerprint);
        if (held.isEmpty()) {
            request.setProperty(CLAIM, new Claim(owner, key, fingerprint));
            return null;
        }
        IdempotencyKeys.Stored stored = held.get();
        if (!stored.fingerprint().equals(fingerprint)) {
            throw new ApiProblem(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used with a different request in the last 24 hours; send a"
                            + " new key for a new request.", null);
        }
        if (!stored.done()) {
            throw ApiProblem.conflict("idempotency-key-in-use", "Request in progress",
                    "A request with this Idempotency-Key is still being processed; wait for its answer, then send"
                            + " the request again to receive it.").header("Retry-After", "1");
        }
        Response.ResponseBuilder replay = Response.status(stored.status()).header(REPLAYED, "true");
        stored.headers().forEach(replay::header);
        if (stored.body() != null && stored.body().length > 0) {
            replay.entity(stored.body()).type(stored.contentType());
        }
        return replay.build();
    }

    @ServerResponseFilter(priority = Priorities.USER)
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        int status = response.getStatus();
        try {
            if (status >= 400) {
                keys.release(claim.caller(), claim.key(), claim.fingerprint());
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                Object value = response.getHeaders().getFirst(name);
                if (value != null) {
                    headers.put(name, response.getHeaderString(name));
                }
            }
            byte[] body = body(response.getEntity());
            MediaType type = response.getMediaType();
            String contentType = body.length == 0 ? null
                    : type != null ? type.toString() : MediaType.APPLICATION_JSON;
            keys.finish(claim.caller(), claim.key(), claim.fingerprint(), status, contentType, headers, body);
        } catch (RuntimeException e) {
            // The work is done and answered; without the record a retry of this key is refused with 409 until
            // the claim's lease ends, then runs again.
            LOG.errorf(e, "Could not record the answer of Idempotency-Key %s", claim.key());
        }
    }

    private byte[] body(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The answer could not be serialized for the idempotency record", e);
        }
    }

    /** The request as far as it decides the answer: method, path, query, content type and the body's bytes. */
    private String fingerprint(ContainerRequestContext request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String head = request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + request.getUriInfo().getRequestUri().getRawQuery() + "\n"
                    + request.getHeaderString(HttpHeaders.CONTENT_TYPE) + "\n";
            digest.update(head.getBytes(StandardCharsets.UTF_8));
            RoutingContext ctx = vertxRequest.getCurrent();
            Buffer body = ctx == null || ctx.body() == null ? null : ctx.body().buffer();
            if (body != null) {
                digest.update(body.getBytes());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
