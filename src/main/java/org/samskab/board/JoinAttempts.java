package org.samskab.board;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Failed join codes per address (docs/adr/0186): after {@link #LIMIT} wrong codes within {@link #WINDOW} of the
 * first, an address is refused until the window ends, right code or not, so guessing gets nowhere. Kept in memory
 * (Caffeine drops old addresses): a restart forgets them, which costs a guesser nothing worth having.
 */
@Component
class JoinAttempts {

    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Cache<String, AtomicInteger> failures =
            Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(100_000).build();

    /** Whether this address may try a code now. */
    boolean allowed(String address) {
        AtomicInteger count = failures.getIfPresent(address);
        return count == null || count.get() < LIMIT;
    }

    void failed(String address) {
        failures.get(address, a -> new AtomicInteger()).incrementAndGet();
    }
}
