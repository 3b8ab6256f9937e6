package org.samskab.board;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.samskab.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How fast one member may change boards (docs/adr/0205): a token bucket per member, so a stuck key or a script
 * cannot flood a board, while a person never meets it. A burst of {@code samskab.board.action-burst} changes, then
 * {@code samskab.board.actions-per-minute}; one member's requests all reach one server (sticky sessions), so the
 * buckets are this server's own.
 */
@Component
class ActionPace {

    /** Forgotten after a while: a member who paused for this long has a full bucket again anyway. */
    private static final Duration FORGET_AFTER = Duration.ofMinutes(5);

    private final Cache<Long, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(FORGET_AFTER)
            .maximumSize(200_000).build();
    private final int burst;
    private final int perMinute;
    /** The portal's clock, so that a test can let time pass. */
    private final TimeMeter time;

    ActionPace(@Value("${samskab.board.action-burst:30}") int burst,
            @Value("${samskab.board.actions-per-minute:180}") int perMinute, Clock clock) {
        this.burst = burst;
        this.perMinute = perMinute;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Takes one change from the member's bucket, or refuses with how many seconds to wait. */
    void take(long memberId) {
        Bucket bucket = buckets.get(memberId, id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw new InvalidInputException("board.too-fast", seconds);
        }
    }
}
