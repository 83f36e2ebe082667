package com.stratum.auth;

import com.stratum.common.Secrets;
import com.stratum.common.Text;
import com.stratum.security.Caller;
import com.stratum.security.Problems;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * API tokens as every request checks them, kept in memory once verified so that a request does not look its token
 * up again. What was verified carries the database's credential counter (migration V33) read in the same
 * statement; {@link #asOf} looks a token up again when the counter has moved since, which every revocation, scope
 * or expiry change and every change of the user's role, name or active flag does. Expiry is checked on every
 * request; when the token was last used is written at most once a minute per token.
 */
@ApplicationScoped
public class VerifiedTokens {
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** Memory stays bounded whatever the number of tokens in use: past this many, the cache starts again. */
    private static final int MAX_CACHED = 10_000;
    private static final String LOOKUP = "select t.id, t.user_id, t.scopes, t.expires_at, t.last_used_at,"
            + " t.revoked_at, u.name, u.role, u.active, (select version from credential_version where id = 1)"
            + " from api_token t join app_user u on u.id = t.user_id where t.token_hash = :hash";

    private final EntityManager em;
    private final DataSource dataSource;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** A token as verified at {@code version}, and when its use was last written. */
    private record Verified(Caller caller, Instant expiresAt, long version, Instant lastUsedAt) {
    }

    public VerifiedTokens(EntityManager em, DataSource dataSource, Clock clock) {
        this.em = em;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The caller behind a bearer token, from memory when it was verified before; 401 when it does not hold. */
    public Caller resolve(String secret) {
        if (!secret.startsWith(ApiTokenService.TOKEN_PREFIX)) {
            throw invalid();
        }
        String hash = Secrets.sha256(secret);
        Verified known = verified.get(hash);
        return known == null ? lookUp(hash) : use(hash, known);
    }

    /** The caller as of the credential counter a request read after it began: looked up again if older. */
    public Caller asOf(String secret, Caller caller, long version) {
        String hash = Secrets.sha256(secret);
        Verified known = verified.get(hash);
        if (known != null && known.version() >= version && known.caller().equals(caller)) {
            return caller;
        }
        verified.remove(hash);
        return lookUp(hash);
    }

    private Caller use(String hash, Verified known) {
        Instant now = Text.now(clock);
        if (known.expiresAt() != null && !known.expiresAt().isAfter(now)) {
            verified.remove(hash);
            throw expired(known.expiresAt());
        }
        if (known.lastUsedAt() == null || known.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            touch(known.caller().tokenId(), now);
            verified.replace(hash, known, new Verified(known.caller(), known.expiresAt(), known.version(), now));
        }
        return known.caller();
    }

    private Caller lookUp(String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LOOKUP).setParameter("hash", hash).getResultList();
        if (rows.isEmpty() || rows.get(0)[5] != null) {
            throw invalid();
        }
        Object[] row = rows.get(0);
        Instant now = Text.now(clock);
        Instant expiresAt = (Instant) row[3];
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw expired(expiresAt);
        }
        if (!(Boolean) row[8]) {
            throw Problems.unauthenticated("The API token's user is deactivated.");
        }
        UUID tokenId = (UUID) row[0];
        Role role = Role.valueOf((String) row[7]);
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream(((String) row[2]).split(" ")).filter(s -> !s.isEmpty()).map(Scope::of).forEach(scopes::add);
        scopes.retainAll(Scope.grantedTo(role));
        Caller caller = new Caller((UUID) row[1], (String) row[6], role, Set.copyOf(scopes), tokenId, null, null);
        Instant lastUsedAt = (Instant) row[4];
        if (lastUsedAt == null || lastUsedAt.plus(TOUCH_EVERY).isBefore(now)) {
            touch(tokenId, now);
            lastUsedAt = now;
        }
        if (verified.size() >= MAX_CACHED) {
            verified.clear();
        }
        verified.put(hash, new Verified(caller, expiresAt, ((Number) row[9]).longValue(), lastUsedAt));
        return caller;
    }

    /**
     * When the token was last used: one autocommit statement of its own, outside the request's work (and outside
     * the statement counts of lists, which it would otherwise join once a minute at random).
     */
    private void touch(UUID tokenId, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update api_token set last_used_at = ? where id = ?")) {
            update.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setObject(2, tokenId);
            update.executeUpdate();
        } catch (SQLException e) {
            // The problem mapper turns an unreachable database into a 503.
            throw new IllegalStateException("Could not record the API token's use", e);
        }
    }

    private static RuntimeException invalid() {
        return Problems.unauthenticated("The API token is not valid or has been revoked.");
    }

    private static RuntimeException expired(Instant expiresAt) {
        return Problems.unauthenticated("The API token expired at " + expiresAt + ".");
    }
}
