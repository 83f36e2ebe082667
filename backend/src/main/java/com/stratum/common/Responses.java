package com.stratum.common;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Responses of versioned resources always carry their version as a strong ETag. */
public final class Responses {
    private Responses() {
    }

    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(String.valueOf(version)).build();
    }

    public static Response created(URI location, Object entity, long version) {
        return Response.created(location).tag(String.valueOf(version)).entity(entity).build();
    }

    public static Response status(Response.Status status, Object entity, long version) {
        return Response.status(status).tag(String.valueOf(version)).entity(entity).build();
    }
}
