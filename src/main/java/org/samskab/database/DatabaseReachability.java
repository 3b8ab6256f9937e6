package org.samskab.database;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Whether the database can be reached, as the portal last found out (docs/adr/0208). While it cannot, saving is
 * paused: every write fails before anything is acknowledged, screens say so, and a probe asks the pool for a
 * connection every {@link #PROBE_EVERY_SECONDS} s until one comes; then saving has resumed. The state changes are
 * published as {@link SavingPaused} and {@link SavingResumed} events, for the screens.
 * <p>
 * Nothing polls while the database answers: the pool finds out first (a failed connection), the write that needed
 * it fails, and whoever catches that failure {@linkplain #reportFailure reports} it here.
 */
@Component
public class DatabaseReachability implements SmartLifecycle {

    /** Saving stopped: the database could not be reached (since then). */
    public record SavingPaused(Instant since) {
    }

    /** Saving works again, after a pause that began at {@code since}. */
    public record SavingResumed(Instant since, Instant resumed) {
    }

    static final long PROBE_EVERY_SECONDS = 2;
    private static final Logger log = LoggerFactory.getLogger(DatabaseReachability.class);

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicReference<@Nullable Instant> pausedSince = new AtomicReference<>();
    private @Nullable ScheduledExecutorService probe;

    DatabaseReachability(DataSource dataSource, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /**
     * Whether {@code failure} means the database could not be reached (a refused or broken connection, the pool
     * unable to make one), rather than that it was busy or refused a statement. The pool's time-out carries the
     * last failed connection attempt as its cause, so a pool waiting for a database that is gone is told apart
     * from one whose connections are all in use. Only database errors count: a refused socket elsewhere (another
     * server's cluster member, a mail server) says nothing about the database.
     */
    public static boolean meansUnreachable(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (!(cause instanceof java.sql.SQLException sql)) {
                continue;
            }
            String state = sql.getSQLState();
            // "Too many connections" (08004) is a database that answers and is busy, not gone.
            if (TOO_MANY_CONNECTIONS.equals(state)) {
                return false;
            }
            // SQLState class 08 is "connection exception" in every driver.
            if (sql instanceof java.sql.SQLNonTransientConnectionException
                    || sql instanceof java.sql.SQLRecoverableException
                    || (state != null && state.startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    private static final String TOO_MANY_CONNECTIONS = "08004";

    /** Whether saving is paused now. */
    public boolean savingPaused() {
        return pausedSince.get() != null;
    }

    /**
     * Refuses a write at once while saving is paused: it would only wait for the pool's time-out, holding a place
     * others wait behind, and fail. The probe ends the pause within {@link #PROBE_EVERY_SECONDS} s of the
     * database's return.
     */
    public void refuseWhilePaused() {
        if (savingPaused()) {
            throw new SavingPausedException();
        }
    }

    /**
     * Reports a failure that may mean the database is gone; answers whether it did (then saving is paused, if it
     * was not already, and the probe runs).
     */
    public boolean reportFailure(Throwable failure) {
        if (!meansUnreachable(failure)) {
            return false;
        }
        Instant now = clock.instant();
        if (pausedSince.compareAndSet(null, now)) {
            log.warn("Saving paused: the database cannot be reached ({}); trying again every {} s", rootOf(failure),
                    PROBE_EVERY_SECONDS);
            events.publishEvent(new SavingPaused(now));
        }
        return true;
    }

    /** One probe: a connection from the pool that the driver says is valid. Never throws: that would end the probes. */
    private void probe() {
        try {
            Instant since = pausedSince.get();
            if (since == null || !answers()) {
                return;
            }
            if (pausedSince.compareAndSet(since, null)) {
                Instant resumed = clock.instant();
                log.warn("Saving resumed: the database answers again after {} s",
                        java.time.Duration.between(since, resumed).toSeconds());
                events.publishEvent(new SavingResumed(since, resumed));
            }
        } catch (Throwable unexpected) {
            log.warn("The database probe failed: {}", unexpected.toString());
        }
    }

    private boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception stillGone) {
            return false;
        }
    }

    private static String rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public synchronized void start() {
        probe = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("database-probe")
                .factory());
        probe.scheduleWithFixedDelay(this::probe, PROBE_EVERY_SECONDS, PROBE_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (probe != null) {
            probe.shutdownNow();
            probe = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return probe != null;
    }
}
