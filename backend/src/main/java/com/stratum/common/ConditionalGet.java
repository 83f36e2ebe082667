package com.stratum.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GET wherever a GET answers with an ETag ({@link Responses}): the tag becomes the validator of the
 * representation, {@code "<version>-<hash of the JSON>"} ({@link ETags}), and a GET whose If-None-Match names that
 * tag (or "*") is answered 304 Not Modified with the tag and no body. A derived field that changes without a new
 * version changes the hash, so the answer is a 200 with the new body. Weak tags compare by their opaque value, as
 * RFC 9110 asks for If-None-Match. The body is written twice (here and when sent): single resources are small.
 */
public class ConditionalGet {
    private final ObjectMapper json;

    public ConditionalGet(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void validate(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        String method = request.getMethod();
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (response.getStatus() != 200 || etag == null || response.getEntity() == null
                || !("GET".equals(method) || "HEAD".equals(method))) {
            return;
        }
        Long version = ETags.version(etag);
        if (version == null) {
            return;
        }
        String representation = ETags.of(version, json.writeValueAsBytes(response.getEntity()));
        response.getHeaders().putSingle(HttpHeaders.ETAG, representation);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, representation)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        String current = opaque(etag);
        for (String tag : ifNoneMatch.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals("*") || opaque(trimmed).equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        String trimmed = tag.trim();
        return trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed;
    }
}
