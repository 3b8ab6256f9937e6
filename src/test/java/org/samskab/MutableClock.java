package org.samskab;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The real UTC clock plus an offset a test can move forward, so expiry is tested without sleeping. Time keeps
 * running while shifted, so "created later" still means later. Tests that advance it call {@link #reset()}
 * afterwards, because every test in the shared context sees the same clock.
 */
public class MutableClock extends Clock {

    private final Clock base = Clock.systemUTC();
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Time only moves forward in tests: " + amount);
        }
        offset = offset.plus(amount);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    public Duration offset() {
        return offset;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in another zone that still follows this clock's offset. */
    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
