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
 * Brute-force protection for sign-in and password changes: after too many failures for one email or from
 * one client address within the window, further attempts for that email or from that address are refused
 * until the oldest failure leaves the window. Attempts are kept in the database, so every instance and
 * restart sees them.
 *
 * <p>An attempt is recorded as a failure before the password is checked and forgiven when it turns out
 * right; checking and recording happen under a lock on the email and address, so parallel guesses cannot
 * all slip through before the first is counted.
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

    /**
     * Admits one attempt, counting it as a failure until {@link #succeeded} forgives it; throws 429 when
     * this email or this address has used up its failures. Commits on its own, whatever the caller does next.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long admit(String email, String address) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('sign-in:' || ?1)),"
                        + " pg_advisory_xact_lock(hashtext('sign-in-address:' || ?2))")
                .setParameter(1, email).setParameter(2, address).getResultList();
        Instant now = Text.now(clock);
        Instant since = now.minus(window);
        Instant until = later(blockedUntil("email", email, since), blockedUntil("address", address, since));
        if (until != null) {
            throw Problems.tooManyRequests("Too many failed attempts. Try again later.",
                    Duration.between(now, until).toSeconds() + 1);
        }
        em.createNativeQuery("delete from sign_in_failure where failed_at < ?1").setParameter(1, since)
                .executeUpdate();
        return ((Number) em.createNativeQuery("insert into sign_in_failure (email, address, failed_at)"
                        + " values (?1, ?2, ?3) returning id")
                .setParameter(1, email).setParameter(2, address).setParameter(3, now).getSingleResult()).longValue();
    }

    /**
     * The password was right: the attempt is forgiven, and so are the email's earlier failures (not the
     * address's: one right guess from an address proves little about its other guesses).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(long attempt, String email) {
        em.createNativeQuery("delete from sign_in_failure where id = ?1 or email = ?2")
                .setParameter(1, attempt).setParameter(2, email).executeUpdate();
    }

    /** When the email's or address's block ends, or null when it is not blocked. */
    private Instant blockedUntil(String column, String value, Instant since) {
        // The failure that, once it leaves the window, brings the count below the limit.
        var rows = em.createNativeQuery("select failed_at from sign_in_failure where " + column + " = ?1"
                        + " and failed_at > ?2 order by failed_at desc offset ?3 limit 1", Instant.class)
                .setParameter(1, value).setParameter(2, since).setParameter(3, maxFailures - 1).getResultList();
        return rows.isEmpty() ? null : ((Instant) rows.get(0)).plus(window);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
