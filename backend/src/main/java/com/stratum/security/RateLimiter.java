package com.stratum.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rate limits per API token, per signed-in user and per client address on public endpoints, with the state
 * in PostgreSQL so that every app instance enforces one shared allowance: at most the limit accepted in any
 * window (a minute unless configured otherwise). The counting and its proof are in {@code rate_limit_take}
 * (migration V10); old keys are removed by {@link RateLimitCleanup}.
 *
 * <p>One statement per request, in autocommit outside any business transaction, so the key's row is locked
 * only for that statement.
 */
@ApplicationScoped
public class RateLimiter {
    // The credential counter rides along: it tells the access check whether a token verified earlier still holds
    // (migration V33), at no round trip of its own.
    private static final String TAKE = "select accepted, remaining, reset_after, retry_after,"
            + " (select version from credential_version where id = 1) from rate_limit_take(?, ?, ?, ?)";

    private final DataSource dataSource;
    private final Clock clock;
    private final int perWindow;
    private final int publicPerWindow;
    private final int windowSeconds;

    public RateLimiter(DataSource dataSource, Clock clock,
            @ConfigProperty(name = "stratum.rate-limit.per-minute", defaultValue = "600") int perWindow,
            @ConfigProperty(name = "stratum.rate-limit.public-per-minute", defaultValue = "60") int publicPerWindow,
            @ConfigProperty(name = "stratum.rate-limit.window", defaultValue = "PT60S") Duration window) {
        if (perWindow < 1 || publicPerWindow < 1) {
            throw new IllegalArgumentException("stratum.rate-limit.per-minute and public-per-minute must be at least 1");
        }
        if (window.toMillis() % 1000 != 0 || window.toSeconds() < 1 || window.toSeconds() > 3600) {
            throw new IllegalArgumentException("stratum.rate-limit.window must be whole seconds from PT1S to PT1H,"
                    + " not " + window);
        }
        this.dataSource = dataSource;
        this.clock = clock;
        this.perWindow = perWindow;
        this.publicPerWindow = publicPerWindow;
        this.windowSeconds = (int) window.toSeconds();
    }

    /**
     * What one request left of its caller's allowance; the numbers behind the headers. {@code resetSeconds}:
     * until the whole allowance is back if nothing more is sent (RateLimit-Reset); {@code retryAfterSeconds}:
     * when refused, until one request is accepted again (Retry-After). {@code credentialVersion}: the database's
     * credential counter as this request found it (see {@link Credentials#apiTokenAsOf}).
     */
    public record Outcome(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds,
            long credentialVersion) {
    }

    public Outcome forCaller(Caller caller) {
        String key = caller.viaToken() ? "token:" + caller.tokenId() : "user:" + caller.userId();
        return take(key, perWindow);
    }

    public Outcome forAddress(String address) {
        return take("address:" + address, publicPerWindow);
    }

    /** The window's length in seconds, for the 429's wording. */
    public int windowSeconds() {
        return windowSeconds;
    }

    private Outcome take(String key, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(TAKE)) {
            statement.setString(1, key);
            statement.setInt(2, limit);
            statement.setInt(3, windowSeconds);
            statement.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Outcome(row.getBoolean(1), limit, row.getInt(2), row.getInt(3), row.getInt(4),
                        row.getLong(5));
            }
        } catch (SQLException e) {
            // The problem mapper turns an unreachable database into a 503.
            throw new IllegalStateException("Could not check the rate limit", e);
        }
    }
}
