package org.samskab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.CannotCreateTransactionException;

class OverloadLogTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ListAppender<ILoggingEvent> overloadLines = new ListAppender<>();
    private final ListAppender<ILoggingEvent> appLines = new ListAppender<>();
    private final Logger app = context.getLogger("org.samskab.ui.OverloadLogTest.app");
    private OverloadLog filter;
    /** The running application's own filter (other tests start the portal in this JVM): put aside meanwhile. */
    private final List<ch.qos.logback.classic.turbo.TurboFilter> running = new java.util.ArrayList<>();

    @BeforeEach
    void addFilter() {
        context.getTurboFilterList().stream().filter(OverloadLog.class::isInstance).forEach(running::add);
        context.getTurboFilterList().removeAll(running);
        filter = new OverloadLog(context.getLogger(OverloadLog.LOGGER), now::get);
        filter.setContext(context);
        filter.start();
        context.addTurboFilter(filter);
        overloadLines.start();
        appLines.start();
        context.getLogger(OverloadLog.LOGGER).addAppender(overloadLines);
        app.addAppender(appLines);
    }

    @AfterEach
    void removeFilter() {
        context.getTurboFilterList().remove(filter);
        context.getLogger(OverloadLog.LOGGER).detachAppender(overloadLines);
        app.detachAppender(appLines);
        running.forEach(context::addTurboFilter);
    }

    /** What Spring throws when Hikari has no connection for a request within its time-out. */
    private static RuntimeException poolTimeout() {
        return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 30000ms"));
    }

    @Test
    void aThousandRefusedRequestsBecomeOneLineAndOneCount() {
        for (int i = 0; i < 1000; i++) {
            app.error("Unexpected error in the UI", poolTimeout());
            now.addAndGet(5_000_000L); // 5 s in all
        }
        assertThat(appLines.list).as("stack traces logged").isEmpty();
        assertThat(messages()).singleElement().asString().startsWith("Overloaded: no database connection free in time")
                .contains("SQLTransientConnectionException").contains("request timed out after 30000ms");
        assertThat(overloadLines.list.getFirst().getThrowableProxy()).as("no trace").isNull();

        filter.flush(); // the window has not ended yet
        assertThat(messages()).hasSize(1);

        now.addAndGet(OverloadLog.WINDOW.toNanos());
        filter.flush();
        assertThat(messages()).hasSize(2);
        assertThat(messages().getLast()).startsWith("Overloaded: 1000 requests refused in the last 15 s: "
                + "no database connection free in time (last: SQLTransientConnectionException: HikariPool-1");

        filter.flush(); // counted once
        assertThat(messages()).hasSize(2);
    }

    @Test
    void theThrowableMayBeTheLastArgumentAndEachKindIsCountedApart() {
        app.warn("Push to {} failed", "ui-1", new java.io.IOException("Broken pipe"));
        app.warn("Push to {} failed", "ui-2", new java.io.IOException("Broken pipe"));
        app.error("Query failed", new java.sql.SQLTimeoutException("Query execution was interrupted"));
        now.addAndGet(OverloadLog.WINDOW.toNanos());
        filter.flush();
        assertThat(appLines.list).isEmpty();
        assertThat(messages()).hasSize(3).anyMatch(m -> m.startsWith("Overloaded: client gave up"))
                .anyMatch(m -> m.startsWith("Overloaded: database time-out"))
                .anyMatch(m -> m.startsWith("Overloaded: 2 requests refused in the last 10 s: client gave up"));
    }

    @Test
    void hibernatesOwnLinesAboutAPoolTimeOutAreDroppedAndSocketsClosedByClientsCounted() {
        Logger hibernate = context.getLogger("org.hibernate.orm.jdbc.error");
        hibernate.addAppender(appLines);
        try {
            hibernate.warn("HHH000247: ErrorCode: 0, SQLState: null");
            hibernate.warn("HikariPool-1 - Connection is not available, request timed out after 30002ms (total=10, "
                    + "active=10, idle=0, waiting=186)");
            hibernate.warn("HHH000247: ErrorCode: 1062, SQLState: 23000"); // a real error: kept
        } finally {
            hibernate.detachAppender(appLines);
        }
        app.error("Exception in push connection", new java.io.IOException("Socket closed"));
        assertThat(appLines.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("HHH000247: ErrorCode: 1062, SQLState: 23000");
        assertThat(messages()).singleElement().asString().startsWith("Overloaded: client gave up");
    }

    @Test
    void otherErrorsKeepTheirStackTraces() {
        app.error("Unexpected error in the UI", new IllegalStateException("a bug"));
        app.warn("Something odd", new java.io.IOException("No such file"));
        app.info("Fine", poolTimeout()); // below WARN: not ours to judge
        app.error("Database gone", new java.sql.SQLNonTransientConnectionException("Connection closed",
                new java.io.IOException("Socket closed")));
        assertThat(appLines.list).hasSize(4);
        assertThat(appLines.list.getFirst().getThrowableProxy()).isNotNull();
        assertThat(overloadLines.list).isEmpty();
    }

    private List<String> messages() {
        return overloadLines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
