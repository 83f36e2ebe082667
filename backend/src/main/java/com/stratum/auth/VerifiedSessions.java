package com.stratum.auth;

import com.stratum.common.Secrets;
import com.stratum.common.Text;
import com.stratum.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Browser sessions as every request checks them, kept in memory once verified, as {@link VerifiedTokens} keeps API
 * tokens: what was verified carries the credential counter read in the same statement, and {@link #asOf} looks the
 * session up again when the counter has moved since, which ending any session (V49) and every change of a user's
 * role, name or active flag (V33) does. Memory only ever answers yes for a session it has seen recently: one idle
 * by what this instance knows is looked up again (another instance may have seen it since), and so decided by the
 * database. When the session was last seen is written at most once a minute, as before.
 */
@ApplicationScoped
public class VerifiedSessions {
    /** Memory stays bounded whatever the number of sessions: past this many, the cache starts again. */
    private static final int MAX_CACHED = 10_000;

    private final SessionService sessions;
    private final DataSource dataSource;
    private final Clock clock;
    private final Map<String, SessionService.Verified> verified = new ConcurrentHashMap<>();

    public VerifiedSessions(SessionService sessions, DataSource dataSource, Clock clock) {
        this.sessions = sessions;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The caller behind a session cookie, from memory when verified before; 401 when it does not hold. */
    public Caller resolve(String secret) {
        String hash = Secrets.sha256(secret);
        SessionService.Verified known = verified.get(hash);
        if (known != null) {
            Instant now = Text.now(clock);
            if (!sessions.idle(known.lastSeenAt(), now)) {
                if (!SessionService.touchDue(known.lastSeenAt(), now)) {
                    return known.caller();
                }
                if (touch(known, now)) {
                    verified.replace(hash, known, new SessionService.Verified(known.caller(), now, known.version()));
                    return known.caller();
                }
            }
            verified.remove(hash);
        }
        return lookUp(hash);
    }

    /** The caller as of the credential counter a request read after it began: looked up again if older. */
    public Caller asOf(String secret, Caller caller, long version) {
        String hash = Secrets.sha256(secret);
        SessionService.Verified known = verified.get(hash);
        if (known != null && known.version() >= version && known.caller().equals(caller)) {
            return caller;
        }
        verified.remove(hash);
        return lookUp(hash);
    }

    private Caller lookUp(String hash) {
        SessionService.Verified found = sessions.verify(hash);
        if (verified.size() >= MAX_CACHED) {
            verified.clear();
        }
        verified.put(hash, found);
        return found.caller();
    }

    /**
     * When the session was last seen: one autocommit statement of its own, outside the request's work. False when
     * the session's row is gone (ended since it was verified): the caller then looks it up, and is refused.
     */
    private boolean touch(SessionService.Verified known, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update user_session set last_seen_at = greatest(last_seen_at, ?) where id = ?")) {
            update.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setObject(2, known.caller().sessionId());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            // The problem mapper turns an unreachable database into a 503.
            throw new IllegalStateException("Could not record the session's use", e);
        }
    }
}
