package com.stratum.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
    private final ConcurrentHashMap<String, Limited> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastPrune = new AtomicLong();

    private record Limited(Bucket bucket, int limit) {
    }

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
        prune();
        Limited limited = buckets.computeIfAbsent(key, k -> new Limited(Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, Duration.ofMinutes(1)).build())
                .build(), limit));
        ConsumptionProbe probe = limited.bucket().tryConsumeAndReturnRemaining(1);
        return new Outcome(probe.isConsumed(), limit, probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), seconds(probe.getNanosToWaitForRefill()));
    }

    /** Drops full buckets (clients idle for a minute or more), at most once a minute and only when many. */
    private void prune() {
        long now = System.nanoTime();
        long last = lastPrune.get();
        if (buckets.size() > PRUNE_ABOVE && now - last > TimeUnit.MINUTES.toNanos(1)
                && lastPrune.compareAndSet(last, now)) {
            buckets.values().removeIf(entry -> entry.bucket().getAvailableTokens() >= entry.limit());
        }
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
