package com.stratum.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: real time plus an offset a test can move forward, then reset; or, for
 * rules that count seconds, frozen at an instant and moved only by {@link #advance}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {
    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozen;

    public void advance(Duration by) {
        if (frozen != null) {
            frozen = frozen.plus(by);
        } else {
            offset = offset.plus(by);
        }
    }

    /** Stops the clock at {@code at}; from then on only {@link #advance} moves it, until {@link #reset}. */
    public void freezeAt(Instant at) {
        frozen = at;
    }

    public void reset() {
        offset = Duration.ZERO;
        frozen = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = frozen;
        return at != null ? Clock.fixed(at, zone) : Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        Instant at = frozen;
        return at != null ? at : Instant.now().plus(offset);
    }
}
