package org.samskab.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Requests refused because the server is overloaded (no database connection within the pool's time-out, a lock
 * or query time-out, a client that gave up and closed its socket) are logged as one line per kind and
 * {@link #WINDOW}, with a count, instead of one stack trace per request: past the capacity knee that was
 * thousands of identical traces a minute, which hid everything else and cost CPU the server did not have. A
 * logback turbo filter, so it catches them whichever library logs them; the first of each kind in a window is
 * logged right away (without its trace), the rest are counted and summed up when the window ends.
 */
public final class OverloadLog extends TurboFilter {

    static final Duration WINDOW = Duration.ofSeconds(10);
    static final String LOGGER = "org.samskab.ui.Overload";

    /** Exceptions that mean "too much at once", by class name (some come from libraries we do not compile against). */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("java.sql.SQLTransientConnectionException", "no database connection free in time"),
            Map.entry("java.sql.SQLTimeoutException", "database time-out"),
            Map.entry("org.springframework.dao.QueryTimeoutException", "database time-out"),
            Map.entry("org.springframework.dao.CannotAcquireLockException", "database lock time-out"),
            Map.entry("org.springframework.dao.PessimisticLockingFailureException", "database lock time-out"),
            Map.entry("jakarta.persistence.LockTimeoutException", "database lock time-out"),
            Map.entry("jakarta.persistence.QueryTimeoutException", "database time-out"),
            Map.entry("org.apache.catalina.connector.ClientAbortException", "client gave up (socket closed)"),
            Map.entry("org.samskab.base.TooBusyException", "a change waited too long for its board's turn"));
    private static final Set<String> CLIENT_GONE = Set.of("Broken pipe", "Connection reset by peer", "Socket closed");
    /**
     * Hibernate logs every failed statement in two lines of its own, without the exception, before it throws; the
     * exception is counted where it is caught and logged, so for a pool time-out these two lines are dropped.
     */
    private static final String HIBERNATE_SQL_ERRORS = "org.hibernate.orm.jdbc.error";
    private static final Set<String> HIBERNATE_POOL_TIMEOUT = Set.of("Connection is not available, request timed out",
            "ErrorCode: 0, SQLState: null");

    private final Logger out;
    private final LongSupplier nanoTime;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    /** One kind of refusal in the current window. */
    private static final class Count {
        final long windowStart;
        final AtomicLong refused = new AtomicLong();
        volatile String example;

        Count(long windowStart, String example) {
            this.windowStart = windowStart;
            this.example = example;
        }
    }

    public OverloadLog() {
        this(LoggerFactory.getLogger(LOGGER), System::nanoTime);
    }

    OverloadLog(Logger out, LongSupplier nanoTime) {
        this.out = out;
        this.nanoTime = nanoTime;
        setName("samskab-overload");
    }

    @Override
    public FilterReply decide(@Nullable Marker marker, ch.qos.logback.classic.@Nullable Logger logger,
            @Nullable Level level, @Nullable String format, Object @Nullable [] params, @Nullable Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN)
                || (logger != null && LOGGER.equals(logger.getName()))) {
            return FilterReply.NEUTRAL;
        }
        if (logger != null && HIBERNATE_SQL_ERRORS.equals(logger.getName()) && format != null
                && HIBERNATE_POOL_TIMEOUT.stream().anyMatch(format::contains)) {
            return FilterReply.DENY;
        }
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0
                && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        return thrown != null && refused(thrown, logger == null ? "?" : logger.getName()) ? FilterReply.DENY
                : FilterReply.NEUTRAL;
    }

    /**
     * Counts {@code error} if it means overload, and returns whether it did (the caller then logs nothing of its
     * own). The first of its kind in a window is logged at once, in one line.
     */
    public boolean refused(Throwable error, String source) {
        Throwable cause = overloadCause(error);
        if (cause == null) {
            return false;
        }
        String kind = kindOf(cause);
        String example = cause.getClass().getSimpleName() + ": " + cause.getMessage() + ", in " + source;
        long now = nanoTime.getAsLong();
        Count fresh = new Count(now, example);
        Count count = counts.computeIfAbsent(kind, k -> fresh);
        count.refused.incrementAndGet();
        count.example = example;
        if (count == fresh) {
            out.warn("Overloaded: {} ({}); more of these are counted for {} s", kind, example, WINDOW.toSeconds());
        }
        return true;
    }

    /** Writes one line per kind whose window has ended, with how many were refused in it. */
    public void flush() {
        long now = nanoTime.getAsLong();
        counts.forEach((kind, count) -> {
            if (now - count.windowStart >= WINDOW.toNanos() && counts.remove(kind, count)) {
                long more = count.refused.get() - 1;
                if (more > 0) {
                    out.warn("Overloaded: {} requests refused in the last {} s: {} (last: {})", count.refused.get(),
                            Math.max(1, Duration.ofNanos(now - count.windowStart).toSeconds()), kind, count.example);
                }
            }
        });
    }

    /** Everything counted so far, windows ended or not (when the server stops). */
    void flushAll() {
        long now = nanoTime.getAsLong();
        counts.forEach((kind, count) -> {
            if (counts.remove(kind, count) && count.refused.get() > 1) {
                out.warn("Overloaded: {} requests refused in the last {} s: {} (last: {})", count.refused.get(),
                        Math.max(1, Duration.ofNanos(now - count.windowStart).toSeconds()), kind, count.example);
            }
        });
    }

    /** The exception in {@code error}'s causes that means overload, or null. */
    static @Nullable Throwable overloadCause(Throwable error) {
        int depth = 0;
        for (Throwable cause = error; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (isOverload(cause)) {
                return cause;
            }
            if (cause instanceof java.sql.SQLException) {
                // Any other database error (the database gone, a broken statement) is not overload, whatever
                // socket error lies beneath it.
                return null;
            }
        }
        return null;
    }

    private static boolean isOverload(Throwable cause) {
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (KINDS.containsKey(type.getName())) {
                return true;
            }
        }
        return cause instanceof java.io.IOException && cause.getMessage() != null
                && CLIENT_GONE.stream().anyMatch(cause.getMessage()::contains);
    }

    private static String kindOf(Throwable cause) {
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            String kind = KINDS.get(type.getName());
            if (kind != null) {
                return kind;
            }
        }
        return "client gave up (socket closed)";
    }
}
