package com.stratum.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.common.ApiProblem;
import com.stratum.common.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers from the HTTP layer, before any resource runs, in the same RFC 9457 form as the resources'
 * problems. Refusals of a request whose body has not been read (or read in full) close the connection,
 * since what the client sends next is not a request.
 */
@ApplicationScoped
public class EdgeProblems {
    private final ObjectMapper mapper;

    public EdgeProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Adds the headers configured as quarkus.http.filter.*.header.* whose filter matches the path, for answers
     * given where Quarkus' header filters never ran (the router failed before any route).
     */
    public void sendWithConfiguredHeaders(RoutingContext ctx, ApiProblem problem) {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        String path = ctx.request().path() == null ? "/" : ctx.request().path();
        java.util.regex.Pattern header = java.util.regex.Pattern.compile("quarkus\\.http\\.filter\\.([^.]+)\\.header\\.(.+)");
        for (String name : config.getPropertyNames()) {
            java.util.regex.Matcher m = header.matcher(name);
            if (m.matches()) {
                String matches = config.getOptionalValue("quarkus.http.filter." + m.group(1) + ".matches", String.class)
                        .orElse("/.*");
                if (path.matches(matches) && !ctx.response().headers().contains(m.group(2).replace("\"", ""))) {
                    ctx.response().putHeader(m.group(2).replace("\"", ""), config.getValue(name, String.class));
                }
            }
        }
        send(ctx, problem, false);
    }

    public void send(RoutingContext ctx, ApiProblem problem, boolean close) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed() || response.headWritten()) {
            if (close) {
                ctx.request().connection().close();
            }
            return;
        }
        String body;
        try {
            body = mapper.writeValueAsString(problem.toProblem());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem always serializes", e);
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        problem.headers().forEach(response::putHeader);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            response.end(body).onComplete(done -> ctx.request().connection().close());
        } else {
            response.end(body);
        }
    }
}
