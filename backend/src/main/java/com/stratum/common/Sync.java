package com.stratum.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Sync on lists (`updatedAfter`): the rows changed after an instant, read in (updatedAt, id) order up to a settle
 * window before now. Every listed table's updated_at moves forward on each change (V36), so a row changed while a
 * client pages moves past its cursor and is listed again on a later page (at least once). A row is only listed once
 * it is older than the settle window: a transaction that stamped a row and commits late cannot commit after a client
 * read past its time, as long as no write transaction lasts longer than the window. The window is the transaction
 * timeout (a longer transaction is rolled back, never committed) plus an allowance for the clocks of several
 * instances. The end of the window is sent as {@value #HEADER}: the client's next run asks for updatedAfter that
 * value.
 */
@ApplicationScoped
public class Sync {
    public static final String PARAMETER = "updatedAfter";
    public static final String HEADER = "Stratum-Synced-Through";
    public static final String PARAMETER_DESCRIPTION = "Sync: only rows changed after this instant, in (updatedAt, id)"
            + " order (sort may only be updatedAt), up to a settle window before now; the response's "
            + HEADER + " header is the updatedAfter of the next run. A row changed while you page moves forward"
            + " and is listed again later: every row's latest state is seen at least once. Deleted rows are listed"
            + " by GET /api/v1/deletions.";
    public static final String HEADER_DESCRIPTION = "Sent with updatedAfter: every change up to this instant is in"
            + " this run's pages. Pass it as updatedAfter on the next run.";

    private final Clock clock;
    private final Duration settle;
    private final Through through;

    public Sync(Clock clock, Through through,
            @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout", defaultValue = "60s")
            Duration transactionTimeout,
            @ConfigProperty(name = "stratum.sync.clock-allowance", defaultValue = "5s") Duration clockAllowance) {
        this.clock = clock;
        this.through = through;
        this.settle = transactionTimeout.plus(clockAllowance);
    }

    /** How long a change waits before sync lists it. */
    public Duration settle() {
        return settle;
    }

    /** The parsed updatedAfter, or null when the list is not read for sync. */
    public static Instant after(String updatedAfter) {
        return QueryParams.instant(PARAMETER, updatedAfter);
    }

    /** The sort of a list read for sync (updatedAt; no other is allowed), else {@code sort} unchanged. */
    public static String sort(Instant updatedAfter, String sort) {
        if (updatedAfter == null) {
            return sort;
        }
        if (sort != null && !sort.isBlank() && !sort.trim().equals("updatedAt")) {
            throw ApiProblem.badParameter("sort", "must be updatedAt or left out when updatedAfter is given: a sync"
                    + " reads changes in the order they were made");
        }
        return "updatedAt";
    }

    /** Bounds a list read for sync: changed after {@code updatedAfter}, and settled. Nothing when it is null. */
    public void bound(Instant updatedAfter, String path, QueryBuilder query) {
        if (updatedAfter == null) {
            return;
        }
        Instant until = Text.now(clock).minus(settle);
        through.at = until.isAfter(updatedAfter) ? until : updatedAfter;
        query.and(path + " > " + query.param(updatedAfter));
        query.and(path + " <= " + query.param(until));
    }

    /** A list read for sync tells the client where its next run starts. */
    @ServerResponseFilter
    public void header(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getQueryParameters().containsKey(PARAMETER) && through.at != null) {
            response.getHeaders().putSingle(HEADER, through.at.toString());
        }
    }

    /** The end of this request's settle window. */
    @RequestScoped
    public static class Through {
        Instant at;
    }
}
