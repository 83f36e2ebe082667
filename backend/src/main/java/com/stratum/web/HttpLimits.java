package com.stratum.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The limits the HTTP edge enforces before a request reaches a resource (see application.properties and the
 * contract's description). The decoder limits of Vert.x itself are set higher, so that a request over one
 * of these limits still reaches {@link RequestGate} and gets a problem rather than a bare status.
 */
@ConfigMapping(prefix = "stratum.http")
public interface HttpLimits {
    /** A request body must have arrived completely this long after the request line, else 408. */
    @WithDefault("10s")
    Duration bodyTimeout();

    /** Requests from one client address being received or processed at once; more get 429. */
    @WithDefault("32")
    int maxRequestsPerClient();

    /**
     * Size of a request body, else 413 (read whole by RequestGate). The streamed CSV upload has its own limit,
     * stratum.revenue.import.max-bytes, to which quarkus.http.limits.max-body-size is set.
     */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Length of the request target (path and query), else 414. */
    @WithDefault("8192")
    int maxUrlLength();

    /** Total size of the header fields (names, values and separators), else 431. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();

    /** Values one query parameter may carry (ownerId=…&ownerId=…), else 400. */
    @WithDefault("100")
    int maxParameterValues();

    /** API reads running at once ({@link ReadSlots}); more wait their turn. Unset: two per core. */
    Optional<Integer> concurrentReads();
}
