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
