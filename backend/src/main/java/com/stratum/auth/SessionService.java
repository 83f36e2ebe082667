package com.stratum.auth;

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

    public SessionService(PasswordHasher passwords, SignInThrottle throttle, Clock clock, CurrentCaller current,
            @ConfigProperty(name = "stratum.session.idle-timeout", defaultValue = "PT30M") Duration idleTimeout) {
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

    /** The caller behind a session cookie; 401 when it is unknown, idle too long or its user is deactivated. */
    @Transactional(dontRollbackOn = ApiProblem.class)
    public Caller resolve(String secret) {
        UserSession session = UserSession.<UserSession>find("tokenHash", Secrets.sha256(secret))
                .firstResultOptional().orElseThrow(() -> Problems.unauthenticated(
                        "Your session has ended. Sign in again."));
        Instant now = Text.now(clock);
        User user = User.findById(session.userId);
        if (session.lastSeenAt.plus(idleTimeout).isBefore(now) || user == null || !user.active) {
            session.delete();
            throw Problems.unauthenticated("Your session has ended. Sign in again.").with("reason", "session-expired");
        }
        if (session.lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
            session.lastSeenAt = now;
        }
        return caller(user, session);
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
