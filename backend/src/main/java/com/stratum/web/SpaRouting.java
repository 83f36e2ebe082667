package com.stratum.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Deep links into the SPA (/accounts/123) are client-side routes: a browser asking for such a page gets
 * index.html and the app's router takes over. API, contract, health and asset paths are left alone.
 */
@ApplicationScoped
public class SpaRouting {
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String path = ctx.normalizedPath();
            String accept = ctx.request().getHeader("Accept");
            boolean page = ctx.request().method() == HttpMethod.GET
                    && accept != null && accept.contains("text/html")
                    && !path.startsWith("/api/") && !path.equals("/api")
                    && !path.startsWith("/q/") && !path.equals("/q")
                    && !path.equals("/") && !path.substring(path.lastIndexOf('/') + 1).contains(".");
            if (page) {
                ctx.reroute("/");
            } else {
                ctx.next();
            }
        });
    }
}
