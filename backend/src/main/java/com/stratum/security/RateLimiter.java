package com.stratum.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token buckets per API token, per signed-in user and per client address on public endpoints. Buckets live
 * in this process: with several instances behind a balancer, each enforces the limit on its own share.
 */
@ApplicationScoped
public class RateLimiter {
    /** Above this many buckets, full ones (clients idle for a while) are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private final int perMinute;
    private final int publicPerMinute;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(@ConfigProperty(name = "stratum.rate-limit.per-minute", defaultValue = "600") int perMinute,
            @ConfigProperty(name = "stratum.rate-limit.public-per-minute", defaultValue = "60") int publicPerMinute) {
        this.perMinute = perMinute;
        this.publicPerMinute = publicPerMinute;
    }

    /** What one request left of its caller's allowance; the numbers behind the RateLimit-* headers. */
    public record Outcome(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    public Outcome forCaller(Caller caller) {
        String key = caller.viaToken() ? "token:" + caller.tokenId() : "user:" + caller.userId();
        return consume(key, perMinute);
    }

    public Outcome forAddress(String address) {
        return consume("address:" + address, publicPerMinute);
    }

    private Outcome consume(String key, int limit) {
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Outcome(probe.isConsumed(), limit, probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), seconds(probe.getNanosToWaitForRefill()));
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
