package org.samskab.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.samskab.bench.SwitchableProxy;

/**
 * Tells a database that is gone from one that is busy, with the failures the real driver and pool throw, and
 * pauses and resumes saving as a database behind a proxy goes and comes back (docs/adr/0208).
 */
class DatabaseReachabilityTest {

    private static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";

    @Test
    void aRefusedConnectionMeansUnreachableAndAFullPoolDoesNot() throws Exception {
        int closedPort = closedPort();
        Throwable refused = catchThrowable(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + closedPort
                + "/test?connectTimeout=1000", "root", ""));
        assertThat(DatabaseReachability.meansUnreachable(refused)).as(String.valueOf(refused)).isTrue();

        try (HikariDataSource gone = pool("jdbc:mariadb://127.0.0.1:" + closedPort + "/test")) {
            Throwable timedOut = catchThrowable(gone::getConnection);
            assertThat(timedOut).isInstanceOf(java.sql.SQLTransientConnectionException.class);
            assertThat(DatabaseReachability.meansUnreachable(timedOut)).as(String.valueOf(timedOut)).isTrue();
        }
        try (HikariDataSource busy = pool(MARIADB); Connection theOnlyOne = busy.getConnection()) {
            Throwable timedOut = catchThrowable(busy::getConnection);
            assertThat(timedOut).isInstanceOf(java.sql.SQLTransientConnectionException.class);
            assertThat(DatabaseReachability.meansUnreachable(timedOut)).as(String.valueOf(timedOut)).isFalse();
            Throwable badStatement = catchThrowable(() -> theOnlyOne.createStatement().execute("SELEKT 1"));
            assertThat(DatabaseReachability.meansUnreachable(badStatement)).isFalse();
        }
    }

    @Test
    void savingPausesOnAFailureThatMeansUnreachableAndResumesWhenTheProbeGetsAConnection() throws Exception {
        List<Object> events = new CopyOnWriteArrayList<>();
        try (SwitchableProxy proxy = new SwitchableProxy("127.0.0.1", 3306);
                HikariDataSource pool = pool("jdbc:mariadb://127.0.0.1:" + proxy.port() + "/test")) {
            DatabaseReachability reachability = new DatabaseReachability(pool, events::add);
            reachability.start();
            try {
                assertThat(reachability.reportFailure(new IllegalStateException("not a database failure")))
                        .isFalse();
                proxy.switchOff();
                // A connection made moments ago would be lent without a check: none is kept.
                pool.getHikariPoolMXBean().softEvictConnections();
                Throwable failure = catchThrowable(pool::getConnection);
                assertThat(failure).as("no connection while the database is gone").isNotNull();
                assertThat(reachability.reportFailure(failure)).isTrue();
                assertThat(reachability.reportFailure(failure)).isTrue();
                assertThat(reachability.savingPaused()).isTrue();
                Thread.sleep(Duration.ofSeconds(DatabaseReachability.PROBE_EVERY_SECONDS * 2).toMillis());
                assertThat(reachability.savingPaused()).as("still paused while the database is gone").isTrue();
                assertThat(events).singleElement().isInstanceOf(DatabaseReachability.SavingPaused.class);

                proxy.switchOn();
                long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                while (reachability.savingPaused() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(reachability.savingPaused()).as("resumed by itself").isFalse();
                assertThat(events).hasSize(2).last().isInstanceOf(DatabaseReachability.SavingResumed.class);
            } finally {
                reachability.stop();
            }
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("root");
        config.setPassword("");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(500);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
