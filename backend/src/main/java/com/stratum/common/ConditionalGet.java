package com.stratum.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GET wherever an ETag is sent ({@link Responses}): a GET whose If-None-Match names the current
 * ETag (or "*") is answered 304 Not Modified, with the ETag and no body, so a polling client reads nothing it
 * already has. Weak tags compare by their opaque value, as RFC 9110 asks for If-None-Match.
 */
public class ConditionalGet {

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null || response.getStatus() != 200
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return;
        }
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (etag == null || !matches(ifNoneMatch, etag)) {
            return;
        }
        response.setStatus(304);
        response.setEntity(null);
        response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
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
