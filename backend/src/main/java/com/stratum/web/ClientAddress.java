package com.stratum.web;

import io.vertx.core.http.HttpServerRequest;

/**
 * The one definition of a request's client address: the peer, or the forwarded client when Quarkus's proxy
 * forwarding is configured (Quarkus then reports that address as the remote address). Rate limits, sign-in
 * throttling and the per-client request cap all count by it.
 */
public final class ClientAddress {
    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        var address = request == null ? null : request.remoteAddress();
        String host = address == null ? null : address.hostAddress();
        if (host == null || host.isBlank()) {
            return "unknown";
        }
        return host.length() > MAX_LENGTH ? host.substring(0, MAX_LENGTH) : host;
    }
}
