package com.stratum.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The idempotency keys, in PostgreSQL so that every instance sees the same ones. Each call is one statement in
 * autocommit, outside any business transaction: a claim is visible to a duplicate at once, and the business
 * transaction of the request has committed before its answer is recorded.
 */
@ApplicationScoped
public class IdempotencyKeys {
    /** How long a key is remembered. */
    public static final Duration RETENTION = Duration.ofHours(24);

    private static final String CLAIM = """
            insert into idempotency_key as k (caller, key, fingerprint, state, created_at, leased_until)
            values (?, ?, ?, 'IN_PROGRESS', ?, ?)
            on conflict (caller, key) do update set fingerprint = excluded.fingerprint, state = 'IN_PROGRESS',
                created_at = excluded.created_at, leased_until = excluded.leased_until, status = null,
                content_type = null, headers = null, body = null
            where k.created_at <= ? or (k.state = 'IN_PROGRESS' and k.leased_until <= ?)
            returning 1""";
    private static final String FIND = "select fingerprint, state, status, content_type, headers, body"
            + " from idempotency_key where caller = ? and key = ?";
    private static final String FINISH = "update idempotency_key set state = 'DONE', status = ?, content_type = ?,"
            + " headers = ?::jsonb, body = ? where caller = ? and key = ? and fingerprint = ? and state = 'IN_PROGRESS'";
    private static final String RELEASE = "delete from idempotency_key where caller = ? and key = ? and fingerprint = ?"
            + " and state = 'IN_PROGRESS'";
    private static final String CLEAN = "delete from idempotency_key where created_at <= ?"
            + " and (state = 'DONE' or leased_until <= ?)";

    private final DataSource dataSource;
    private final Clock clock;
    private final ObjectMapper json;
    private final Duration lease;

    public IdempotencyKeys(DataSource dataSource, Clock clock, ObjectMapper json,
            @ConfigProperty(name = "stratum.idempotency.lease", defaultValue = "PT2M") Duration lease) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.json = json;
        this.lease = lease;
    }

    /** What a key already holds: the first request is still running, or its answer. */
    public record Stored(String fingerprint, boolean done, int status, String contentType, Map<String, String> headers,
            byte[] body) {
    }

    /**
     * Claims the key for this request, unless a live claim or answer holds it: empty when claimed, otherwise
     * what holds it. A key older than {@link #RETENTION}, or one whose request died (its lease ended), is
     * claimed again.
     */
    public Optional<Stored> claim(String caller, String key, String fingerprint) {
        Instant now = clock.instant();
        for (int attempt = 0; attempt < 3; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                    claim.setString(1, caller);
                    claim.setString(2, key);
                    claim.setString(3, fingerprint);
                    claim.setTimestamp(4, Timestamp.from(now));
                    claim.setTimestamp(5, Timestamp.from(now.plus(lease)));
                    claim.setTimestamp(6, Timestamp.from(now.minus(RETENTION)));
                    claim.setTimestamp(7, Timestamp.from(now));
                    try (ResultSet claimed = claim.executeQuery()) {
                        if (claimed.next()) {
                            return Optional.empty();
                        }
                    }
                }
                try (PreparedStatement find = connection.prepareStatement(FIND)) {
                    find.setString(1, caller);
                    find.setString(2, key);
                    try (ResultSet row = find.executeQuery()) {
                        if (row.next()) {
                            String headers = row.getString(5);
                            return Optional.of(new Stored(row.getString(1), "DONE".equals(row.getString(2)),
                                    row.getInt(3), row.getString(4), headers == null ? Map.of()
                                            : json.readValue(headers, new TypeReference<Map<String, String>>() {
                                            }), row.getBytes(6)));
                        }
                    }
                }
                // Removed between the two statements (expired and cleaned, or released): claim again.
            } catch (SQLException | JsonProcessingException e) {
                throw new IllegalStateException("Idempotency key lookup failed", e);
            }
        }
        throw new IllegalStateException("Idempotency key " + key + " could neither be claimed nor read");
    }

    /** Records the answer of the request that holds the claim. */
    public void finish(String caller, String key, String fingerprint, int status, String contentType,
            Map<String, String> headers, byte[] body) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement finish = connection.prepareStatement(FINISH)) {
            finish.setInt(1, status);
            finish.setString(2, contentType);
            finish.setString(3, json.writeValueAsString(headers));
            finish.setBytes(4, body);
            finish.setString(5, caller);
            finish.setString(6, key);
            finish.setString(7, fingerprint);
            finish.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Recording an idempotent answer failed", e);
        }
    }

    /** Gives the key back: the request did no work, so a retry with the same key may do it. */
    public void release(String caller, String key, String fingerprint) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement release = connection.prepareStatement(RELEASE)) {
            release.setString(1, caller);
            release.setString(2, key);
            release.setString(3, fingerprint);
            release.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Releasing an idempotency key failed", e);
        }
    }

    /** Removes the keys older than {@link #RETENTION} whose request is not running; how many. */
    public int removeExpired() {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement clean = connection.prepareStatement(CLEAN)) {
            clean.setTimestamp(1, Timestamp.from(now.minus(RETENTION)));
            clean.setTimestamp(2, Timestamp.from(now));
            return clean.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Removing expired idempotency keys failed", e);
        }
    }
}
