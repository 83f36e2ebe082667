package com.stratum.web;

import com.stratum.common.ApiProblem;
import com.stratum.common.CsvExport;
import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first thing every request meets, on the event loop: it refuses what breaks the documented limits with
 * a problem, caps the requests one client address may have open, and reads the whole body (up to the body
 * limit, within the body timeout) before the request is dispatched. Resources then deserialize from memory,
 * so a body that trickles in occupies a little memory and no worker thread. API reads then take turns: at most
 * stratum.http.concurrent-reads of them run at once, the others wait in arrival order ({@link ReadSlots}).
 *
 * <p>Ordered after Quarkus's security headers (so every refusal carries them) and before its CORS filter,
 * whose refusal of a foreign origin has no body: a foreign origin is refused here, with the same rule.
 */
@ApplicationScoped
public class RequestGate {
    /** Quarkus installs its CORS filter at order -300 and the security headers first of all. */
    static final int ORDER = -400;
    private static final String MALFORMED_URL = "The URL is malformed: percent-encode reserved characters in its path"
            + " and query (a % must start an escape such as %25).";

    /**
     * The requests whose body is not read here but streamed to their resource, with the most bytes each may send:
     * a CSV import of revenue lines (revenue/RevenueImportResource, up to stratum.revenue.import.max-bytes: a million
     * lines) and of accounts or contacts (dataimport/DataImportResource, up to stratum.imports.max-bytes). The size
     * is checked here when declared and counted while it streams; every other limit applies.
     */
    static final String REVENUE_UPLOAD = "/api/v1/revenue-imports";
    static final String RECORDS_UPLOAD = "/api/v1/imports";

    private final HttpLimits limits;
    private final long maxBodySize;
    private final Map<String, Long> maxUploadSize;
    private final EdgeProblems problems;
    private final ClientFaults faults;
    private final boolean corsEnabled;
    private final Optional<List<String>> corsOrigins;
    private final List<Pattern> corsOriginPatterns;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final ReadSlots reads;

    public RequestGate(HttpLimits limits,
            EdgeProblems problems, ClientFaults faults,
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean corsEnabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> corsOrigins,
            @ConfigProperty(name = "stratum.revenue.import.max-bytes", defaultValue = "1073741824") long maxRevenueImport,
            @ConfigProperty(name = "stratum.imports.max-bytes", defaultValue = "20971520") long maxRecordsImport) {
        this.limits = limits;
        // Unset: two per core of this machine (docs/operations.md, "Concurrent reads").
        this.reads = new ReadSlots(limits.concurrentReads().orElse(2 * Runtime.getRuntime().availableProcessors()));
        this.maxUploadSize = Map.of(REVENUE_UPLOAD, maxRevenueImport, RECORDS_UPLOAD, maxRecordsImport);
        this.maxBodySize = limits.maxBodySize().asLongValue();
        this.problems = problems;
        this.faults = faults;
        this.corsEnabled = corsEnabled;
        this.corsOrigins = corsOrigins.map(list -> list.stream().filter(o -> !o.isBlank()).toList())
                .filter(list -> !list.isEmpty());
        this.corsOriginPatterns = CORSFilter.parseAllowedOriginsRegex(this.corsOrigins);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
        // A path whose escapes the router cannot decode fails while routes are matched, before this gate runs.
        router.errorHandler(400, ctx -> problems.sendWithConfiguredHeaders(ctx, new ApiProblem(400, "bad-request",
                "Bad request", MALFORMED_URL, null)));
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (refusedByLimits(ctx) || refusedOrigin(ctx)) {
            return;
        }
        String client = ClientAddress.of(request);
        if (ctx.response().closed()) {
            // The client left before the request reached us (the close can overtake the dispatch): there is
            // no one to answer, and counting the request would never be undone.
            faults.record("client-gone", "the client at " + client + " closed the connection before its request"
                    + " was handled");
            return;
        }
        if (!admit(ctx, client)) {
            return;
        }
        long declared = contentLength(request);
        boolean chunked = request.headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true);
        if (declared == -2) {
            refuse(ctx, 400, "bad-request", "Bad request", "The Content-Length header must be a whole number.",
                    true);
        } else if (streamedUploadLimit(request) != null) {
            long maxImportSize = streamedUploadLimit(request);
            if (chunked) {
                // Only an upload of known length streams to its resource: a chunked one is read here like any
                // body, under the usual limit, so that a malformed chunk is answered (a 400) rather than left to
                // close the connection mid-upload.
                readBody(ctx, client, declared);
            } else if (declared > maxImportSize) {
                faults.record("body-too-large", "a declared upload of " + declared + " bytes from " + client);
                refuse(ctx, 413, "payload-too-large", "Payload too large", "The file is larger than the import"
                        + " limit of " + maxImportSize + " bytes; split it into smaller files.", true);
            } else {
                ctx.next();
            }
        } else if (declared > maxBodySize) {
            faults.record("body-too-large", "a declared body of " + declared + " bytes from " + client);
            refuse(ctx, 413, "payload-too-large", "Payload too large", bodyTooLarge(), true);
        } else if (declared > 0 || chunked) {
            readBody(ctx, client, declared);
        } else if (takesTurns(request)) {
            takeTurn(ctx);
        } else {
            ctx.next();
        }
    }

    /**
     * An API read (GET or HEAD) takes a turn among the concurrent reads ({@link ReadSlots}); writes, CSV exports
     * (which stream for seconds) and everything outside the API go straight on.
     */
    private static boolean takesTurns(HttpServerRequest request) {
        HttpMethod method = request.method();
        if ((method != HttpMethod.GET && method != HttpMethod.HEAD) || !request.path().startsWith("/api/")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !"csv".equalsIgnoreCase(request.getParam("format"))
                && (accept == null || !accept.toLowerCase(Locale.ROOT).contains(CsvExport.MEDIA_TYPE));
    }

    /**
     * Dispatches the read once it holds a slot, on its own event loop; the slot is handed on when its response
     * ends or its connection closes. A client that left while its read waited gives the slot straight back.
     */
    private void takeTurn(RoutingContext ctx) {
        Context context = ctx.vertx().getOrCreateContext();
        reads.enter(() -> context.runOnContext(started -> {
            AtomicBoolean left = new AtomicBoolean();
            Runnable leave = () -> {
                if (left.compareAndSet(false, true)) {
                    reads.leave();
                }
            };
            if (ctx.response().closed()) {
                leave.run();
                return;
            }
            ctx.addEndHandler(done -> leave.run());
            ctx.next();
        }));
    }

    /** The concurrent reads; for tests and diagnostics. */
    ReadSlots reads() {
        return reads;
    }

    /** URL, query and header limits, checked on what the decoder has already read. */
    private boolean refusedByLimits(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String uri = request.uri();
        if (uri != null && uri.length() > limits.maxUrlLength()) {
            refuse(ctx, 414, "uri-too-long", "URI too long", "The request URL is " + uri.length()
                    + " characters long; the limit is " + limits.maxUrlLength() + ". Send fewer or shorter filter"
                    + " values.", true);
            return true;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > limits.maxHeaderSize().asLongValue()) {
            refuse(ctx, 431, "headers-too-large", "Request header fields too large", "The request headers"
                    + " take " + headerBytes + " bytes; the limit is " + limits.maxHeaderSize().asLongValue()
                    + ". Send smaller headers (cookies included).", true);
            return true;
        }
        MultiMap params;
        try {
            // Decoding the path checks its escapes: Quarkus' own URI check, which answers a bare 400, is off
            // (StratumMain) so that this one answers with a problem.
            java.net.URLDecoder.decode(request.path().replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            params = request.params();
        } catch (IllegalArgumentException malformed) {
            refuse(ctx, 400, "bad-request", "Bad request", MALFORMED_URL, false);
            return true;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Map.Entry<String, String> param : params) {
            int count = counts.merge(param.getKey(), 1, Integer::sum);
            if (count > limits.maxParameterValues()) {
                String name = param.getKey().length() > 64 ? param.getKey().substring(0, 64) : param.getKey();
                problems.send(ctx, ApiProblem.badParameter(name, "is given more than " + limits.maxParameterValues()
                        + " times; send at most " + limits.maxParameterValues() + " values"), false);
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses an Origin that Quarkus's CORS filter would refuse (same rule: listed, matching a listed pattern,
     * or the request's own origin), so that the refusal is a problem instead of a bare 403.
     */
    private boolean refusedOrigin(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (!corsEnabled || origin == null || allowedOrigin(ctx.request(), origin)) {
            return false;
        }
        refuse(ctx, 403, "forbidden-origin", "Forbidden", "Requests from the origin " + abbreviate(origin)
                + " are not allowed. Call the API from the application's own origin, or ask an administrator to"
                + " list yours in STRATUM_CORS_ORIGINS.", false);
        return true;
    }

    private boolean allowedOrigin(HttpServerRequest request, String origin) {
        if (corsOrigins.map(list -> list.contains("*") || list.contains(origin)).orElse(false)
                || CORSFilter.isOriginAllowedByRegex(corsOriginPatterns, origin)) {
            return true;
        }
        String own = request.scheme() + "://" + request.host();
        if (origin.equals(own)) {
            return true;
        }
        try {
            URI theirs = URI.create(origin);
            URI ours = URI.create(own);
            return (theirs.getPath() == null || theirs.getPath().isEmpty()) && theirs.getHost() != null
                    && theirs.getHost().equalsIgnoreCase(ours.getHost()) && port(theirs) == port(ours);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /**
     * Counts the request against its client address until the response ends or the connection closes. A
     * refused request is closed: its body, if it has one, is never read.
     */
    private boolean admit(RoutingContext ctx, String client) {
        int open = inFlight.compute(client, (c, count) -> {
            AtomicInteger counted = count == null ? new AtomicInteger() : count;
            counted.incrementAndGet();
            return counted;
        }).get();
        if (open > limits.maxRequestsPerClient()) {
            release(client);
            problems.send(ctx, new ApiProblem(429, "too-many-requests", "Too many requests", "Too many requests from"
                    + " your address are in progress at once (the limit is " + limits.maxRequestsPerClient()
                    + "). Wait for them to finish and try again.", null).header("Retry-After", "1"), true);
            return false;
        }
        AtomicBoolean released = new AtomicBoolean();
        ctx.addEndHandler(done -> {
            if (released.compareAndSet(false, true)) {
                release(client);
            }
        });
        return true;
    }

    private void release(String client) {
        inFlight.computeIfPresent(client, (c, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    /** Requests in progress per client address; for tests and diagnostics. */
    int inFlight(String client) {
        AtomicInteger open = inFlight.get(client);
        return open == null ? 0 : open.get();
    }

    /**
     * Reads the body into memory on the event loop. The request goes on to the resource only once the body is
     * complete; a body over the limit is a 413, one not complete within the body timeout a 408, and a body
     * the client abandons or garbles is noted as a client fault.
     */
    private void readBody(RoutingContext ctx, String client, long declared) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer((int) Math.min(Math.max(declared, 256), 64 * 1024));
        AtomicBoolean settled = new AtomicBoolean();
        long timer = ctx.vertx().setTimer(limits.bodyTimeout().toMillis(), id -> {
            if (settled.compareAndSet(false, true)) {
                faults.record("body-timeout", "a body from " + client + " was not complete within "
                        + limits.bodyTimeout().toSeconds() + " s");
                refuse(ctx, 408, "request-timeout", "Request timeout", "The request body did not arrive within "
                        + limits.bodyTimeout().toSeconds() + " seconds. Send the whole body at once and try again.",
                        true);
            }
        });
        // Over HTTP/2 (h2c included) a request whose end has been read can no longer be paused or resumed, and the
        // REST layer pauses every request it is given (a Vert.x/Quarkus limitation, quarkusio/quarkus#34393). So
        // a body of declared length is handed over as soon as its last byte is in, with the request paused: the
        // stream's end stays queued until the REST layer resumes the request, finds the body read and ignores it.
        boolean handOverAtLength = declared >= 0 && request.version() == HttpVersion.HTTP_2;
        request.handler(chunk -> {
            if (settled.get()) {
                return;
            }
            if (body.length() + chunk.length() > maxBodySize) {
                settled.set(true);
                ctx.vertx().cancelTimer(timer);
                faults.record("body-too-large", "a body over " + maxBodySize + " bytes from " + client);
                refuse(ctx, 413, "payload-too-large", "Payload too large", bodyTooLarge(), true);
                return;
            }
            body.appendBuffer(chunk);
            if (handOverAtLength && body.length() >= declared && settled.compareAndSet(false, true)) {
                request.pause();
                ctx.vertx().cancelTimer(timer);
                ctx.addEndHandler(done -> {
                    // Answered before the REST layer read on (a refusal by a filter): let the queued end through.
                    if (!request.isEnded()) {
                        request.resume();
                    }
                });
                ctx.setBody(body);
                ctx.next();
            }
        });
        request.exceptionHandler(failure -> {
            if (settled.compareAndSet(false, true)) {
                ctx.vertx().cancelTimer(timer);
                if (failure instanceof HttpClosedException) {
                    faults.record("body-aborted", "the client at " + client + " closed the connection mid-body");
                } else {
                    faults.record("body-malformed", "an unreadable body from " + client + ": " + failure);
                    refuse(ctx, 400, "bad-request", "Bad request", "The request body could not be read"
                            + " (malformed chunked encoding). Send the body with a Content-Length header.", true);
                    // Vert.x closes the connection as soon as this handler returns, without flushing what was
                    // written while the bad chunk was being read; flushing here lets the answer out first.
                    if (request.connection() instanceof ConnectionBase connection) {
                        connection.flush();
                    }
                }
            }
        });
        request.endHandler(end -> {
            if (settled.compareAndSet(false, true)) {
                ctx.vertx().cancelTimer(timer);
                ctx.setBody(body);
                ctx.next();
            }
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            ctx.response().writeContinue();
        }
        request.resume();
        if (ctx.response().closed() && settled.compareAndSet(false, true)) {
            // Closed while the request was on its way to this handler: the close was reported to nobody.
            ctx.vertx().cancelTimer(timer);
            faults.record("body-aborted", "the client at " + client + " closed the connection mid-body");
        }
    }

    /** The byte limit of a streamed upload, or null when the request is not one. */
    private Long streamedUploadLimit(HttpServerRequest request) {
        return request.method() == HttpMethod.POST ? maxUploadSize.get(request.path()) : null;
    }

    private String bodyTooLarge() {
        return "The request body is larger than the limit of " + maxBodySize + " bytes. Send a smaller body.";
    }

    /** The declared body length, -1 when none is declared, -2 when the header is not a number. */
    private static long contentLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            long length = Long.parseLong(value.trim());
            return length < 0 ? -2 : length;
        } catch (NumberFormatException e) {
            return -2;
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }

    private void refuse(RoutingContext ctx, int status, String slug, String title, String detail, boolean close) {
        problems.send(ctx, new ApiProblem(status, slug, title, detail, null), close);
    }
}
