package com.stratum.security;

import com.stratum.common.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brute-force protection for sign-in: after too many failures for one email or from one client address
 * within the window, further attempts for that email or from that address are refused until the oldest
 * failure leaves the window. Failures are kept in the database, so every instance and restart sees them.
 */
@ApplicationScoped
public class SignInThrottle {
    private final EntityManager em;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    public SignInThrottle(EntityManager em, Clock clock,
            @ConfigProperty(name = "stratum.sign-in.max-failures", defaultValue = "5") int maxFailures,
            @ConfigProperty(name = "stratum.sign-in.window", defaultValue = "PT15M") Duration window) {
        this.em = em;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Throws 429 when this email or this address has used up its failures. */
    @Transactional
    public void check(String email, String address) {
        Instant now = Text.now(clock);
        Instant since = now.minus(window);
        Instant emailBlockedUntil = blockedUntil("email", email, since);
        Instant addressBlockedUntil = blockedUntil("address", address, since);
        Instant until = emailBlockedUntil == null ? addressBlockedUntil
                : addressBlockedUntil == null || emailBlockedUntil.isAfter(addressBlockedUntil) ? emailBlockedUntil
                : addressBlockedUntil;
        if (until != null) {
            throw Problems.tooManyRequests("Too many failed sign-ins. Try again later.",
                    Duration.between(now, until).toSeconds() + 1);
        }
    }

    /** Records a failure in its own transaction: the sign-in that failed rolls back, the count must not. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String email, String address) {
        Instant now = Text.now(clock);
        em.createNativeQuery("delete from sign_in_failure where failed_at < ?1").setParameter(1, now.minus(window))
                .executeUpdate();
        em.createNativeQuery("insert into sign_in_failure (email, address, failed_at) values (?1, ?2, ?3)")
                .setParameter(1, email).setParameter(2, address).setParameter(3, now).executeUpdate();
    }

    /** A successful sign-in clears the email's failures (not the address's: one right guess proves little). */
    @Transactional
    public void clear(String email) {
        em.createNativeQuery("delete from sign_in_failure where email = ?1").setParameter(1, email).executeUpdate();
    }

    /** When the email's or address's block ends, or null when it is not blocked. */
    private Instant blockedUntil(String column, String value, Instant since) {
        // The failure that, once it leaves the window, brings the count below the limit.
        var rows = em.createNativeQuery("select failed_at from sign_in_failure where " + column + " = ?1"
                        + " and failed_at > ?2 order by failed_at desc offset ?3 limit 1", Instant.class)
                .setParameter(1, value).setParameter(2, since).setParameter(3, maxFailures - 1).getResultList();
        return rows.isEmpty() ? null : ((Instant) rows.get(0)).plus(window);
    }
}
