package com.stratum.auth;

import static com.stratum.common.SqlValues.instant;

import com.stratum.common.ApiProblem;
import com.stratum.common.Secrets;
import com.stratum.common.Text;
import com.stratum.security.Caller;
import com.stratum.security.CurrentCaller;
import com.stratum.security.PasswordHasher;
import com.stratum.security.Problems;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import com.stratum.security.SignInThrottle;
import com.stratum.user.SignInRevoked;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Browser sign-in: checks the password, opens and closes sessions, and ends idle ones. */
@ApplicationScoped
public class SessionService {
    /** Touching last_seen_at on every request would turn every read into a write; once a minute is enough. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final PasswordHasher passwords;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final Duration idleTimeout;
    private final CurrentCaller current;
    private final EntityManager em;

    public SessionService(PasswordHasher passwords, SignInThrottle throttle, Clock clock, CurrentCaller current,
            EntityManager em,
            @ConfigProperty(name = "stratum.session.idle-timeout", defaultValue = "PT30M") Duration idleTimeout) {
        this.em = em;
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.current = current;
    }

    /** A new session: the cookie secret (never stored) and the session's state. */
    public record Opened(String secret, Caller caller) {
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** Signs in; a wrong email, a wrong password and an inactive user all get the same answer. */
    public Opened signIn(String email, String password, String address) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        long attempt = throttle.admit(normalized, address);
        // bcrypt is slow on purpose: check it without holding a database connection.
        Credentials credentials = credentials(normalized);
        boolean matches = passwords.matches(password, credentials == null ? null : credentials.passwordHash());
        if (credentials == null || !matches || !credentials.active()) {
            throw Problems.unauthenticated("The email or password is wrong, or the user is deactivated.")
                    .with("reason", "invalid-credentials");
        }
        throttle.succeeded(attempt, normalized);
        // From here the request acts as the user, so the audit log names them as the one who signed in.
        current.set(new Caller(credentials.userId(), credentials.name(), credentials.role(),
                Scope.grantedTo(credentials.role()), null, null, null));
        return open(credentials.userId());
    }

    private record Credentials(UUID userId, String name, Role role, String passwordHash, boolean active) {
    }

    @Transactional
    Credentials credentials(String email) {
        return User.<User>find("lower(email) = ?1", email).firstResultOptional()
                .map(user -> new Credentials(user.id, user.name, user.role, user.passwordHash, user.active))
                .orElse(null);
    }

    @Transactional
    Opened open(UUID userId) {
        User user = User.findById(userId);
        Instant now = Text.now(clock);
        String secret = Secrets.random(32);
        UserSession session = new UserSession();
        session.id = UUID.randomUUID();
        session.tokenHash = Secrets.sha256(secret);
        session.userId = user.id;
        session.csrfToken = Secrets.random(24);
        session.createdAt = now;
        session.lastSeenAt = now;
        session.persist();
        return new Opened(secret, caller(user, session));
    }

    /** A session as verified at the credential counter {@code version} (V33, V49), and when it was last seen. */
    record Verified(Caller caller, Instant lastSeenAt, long version) {
    }

    private static final String LOOKUP = "select s.id, s.user_id, s.csrf_token, s.last_seen_at, u.name, u.role,"
            + " u.active, (select version from credential_version where id = 1)"
            + " from user_session s join app_user u on u.id = s.user_id where s.token_hash = :hash";

    /**
     * The session behind a cookie secret's hash, looked up in one statement with the credential counter (so the
     * counter is as of the same snapshot); 401 when it is unknown, idle too long or its user is deactivated (the
     * session is then ended). {@link VerifiedSessions} keeps what this returns.
     */
    @Transactional(dontRollbackOn = ApiProblem.class)
    Verified verify(String hash) {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery(LOOKUP).setParameter("hash", hash).getResultList();
        if (rows.isEmpty()) {
            throw Problems.unauthenticated("Your session has ended. Sign in again.");
        }
        Object[] row = rows.get(0);
        UUID sessionId = (UUID) row[0];
        Instant lastSeenAt = instant(row[3]);
        Instant now = Text.now(clock);
        if (lastSeenAt.plus(idleTimeout).isBefore(now) || !(Boolean) row[6]) {
            UserSession.deleteById(sessionId);
            throw Problems.unauthenticated("Your session has ended. Sign in again.").with("reason", "session-expired");
        }
        if (lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
            em.createQuery("update UserSession set lastSeenAt = :now where id = :id").setParameter("now", now)
                    .setParameter("id", sessionId).executeUpdate();
            lastSeenAt = now;
        }
        Role role = Role.valueOf((String) row[5]);
        Caller caller = new Caller((UUID) row[1], (String) row[4], role, Scope.grantedTo(role), null, sessionId,
                (String) row[2]);
        return new Verified(caller, lastSeenAt, ((Number) row[7]).longValue());
    }

    /** Whether a session last seen at {@code lastSeenAt} has been idle too long at {@code now}. */
    boolean idle(Instant lastSeenAt, Instant now) {
        return lastSeenAt.plus(idleTimeout).isBefore(now);
    }

    /** Whether a session last seen at {@code lastSeenAt} should have that written again at {@code now}. */
    static boolean touchDue(Instant lastSeenAt, Instant now) {
        return lastSeenAt.plus(TOUCH_EVERY).isBefore(now);
    }

    @Transactional
    public void signOut(UUID sessionId) {
        UserSession.deleteById(sessionId);
    }

    /** Ends every session of a user but the one kept: on deactivation and password changes. */
    @Transactional
    void endAll(@Observes SignInRevoked revoked) {
        if (revoked.keepSessionId() == null) {
            UserSession.delete("userId", revoked.userId());
        } else {
            UserSession.delete("userId = ?1 and id <> ?2", revoked.userId(), revoked.keepSessionId());
        }
    }

    private static Caller caller(User user, UserSession session) {
        return new Caller(user.id, user.name, user.role, Scope.grantedTo(user.role), null, session.id,
                session.csrfToken);
    }
}
