package com.stratum.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the SPA's files are cached and compressed. Vite names every file under /assets/ after its content, so a
 * browser keeps those for a year without asking again; index.html names the current ones, so a browser asks for
 * it on every load (a 304 while it is unchanged) and picks up a new release at once. The build writes each script
 * and style sheet brotli- and gzip-compressed beside itself (frontend/vite.config.ts); a browser that accepts one
 * of those gets it, compressed once at build time rather than on every request. The API is left alone.
 */
@ApplicationScoped
public class StaticAssets {
    /** After RequestGate and CORS, before Quarkus serves the files themselves. */
    static final int ORDER = -200;
    static final String HASHED = "public, max-age=31536000, immutable";
    static final String INDEX = "no-cache";
    private static final String ROOT = "META-INF/resources";
    /** A script or style sheet Vite wrote directly under assets/: no sub-folders, no dot segments. */
    private static final Pattern COMPRESSIBLE = Pattern.compile("/assets/[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(js|css)");
    /** In order of preference: brotli files are about 15% smaller than gzip files here. */
    private static final List<Encoding> ENCODINGS = List.of(new Encoding("br", ".br"), new Encoding("gzip", ".gz"));

    record Encoding(String token, String suffix) {
    }

    void install(@Observes Router router) {
        router.route("/assets/*").order(ORDER).handler(this::asset);
        router.routeWithRegex("/|/index\\.html").order(ORDER).handler(ctx -> {
            ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, INDEX);
            ctx.next();
        });
    }

    private void asset(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        String path = ctx.normalizedPath();
        Matcher compressible = COMPRESSIBLE.matcher(path);
        Encoding encoding = request.method() == HttpMethod.GET && !request.headers().contains("Range")
                && compressible.matches() ? accepted(request.getHeader(HttpHeaders.ACCEPT_ENCODING), path) : null;
        if (encoding != null) {
            String type = compressible.group(1).equals("js") ? "text/javascript" : "text/css";
            response.putHeader(HttpHeaders.CACHE_CONTROL, HASHED).putHeader(HttpHeaders.VARY, "Accept-Encoding")
                    .putHeader(HttpHeaders.CONTENT_TYPE, type + ";charset=UTF-8")
                    .putHeader(HttpHeaders.CONTENT_ENCODING, encoding.token());
            response.sendFile(ROOT + path + encoding.suffix()).onFailure(ctx::fail);
            return;
        }
        // Quarkus sends the file as it is. Only a file found is cached for long: an asset missing here (another
        // release's, during a rolling upgrade) must not be remembered as missing.
        ctx.addHeadersEndHandler(done -> {
            int status = response.getStatusCode();
            if (status == 200 || status == 206 || status == 304) {
                response.headers().set(HttpHeaders.CACHE_CONTROL, HASHED).set(HttpHeaders.VARY, "Accept-Encoding");
            }
        });
        ctx.next();
    }

    /** The first of our encodings that the client accepts and that the build wrote for this file. */
    private static Encoding accepted(String acceptEncoding, String path) {
        if (acceptEncoding == null) {
            return null;
        }
        for (Encoding encoding : ENCODINGS) {
            if (accepts(acceptEncoding, encoding.token())
                    && StaticAssets.class.getClassLoader().getResource(ROOT + path + encoding.suffix()) != null) {
                return encoding;
            }
        }
        return null;
    }

    /** Whether an Accept-Encoding header lists the token with a weight above zero (RFC 9110, 12.5.3). */
    static boolean accepts(String acceptEncoding, String token) {
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.split(";");
            if (!fields[0].trim().toLowerCase(Locale.ROOT).equals(token)) {
                continue;
            }
            for (int i = 1; i < fields.length; i++) {
                String param = fields[i].trim().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=")) {
                    try {
                        return Double.parseDouble(param.substring(2)) > 0;
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }
}
