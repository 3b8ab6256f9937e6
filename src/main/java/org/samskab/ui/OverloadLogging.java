package org.samskab.ui;

import ch.qos.logback.classic.LoggerContext;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Puts {@link OverloadLog} in front of every logger while the application runs, and writes its counts when a
 * window ends. Added after Spring Boot has set logging up (which resets logback's filters).
 */
@Component
class OverloadLogging implements SmartLifecycle {

    final OverloadLog filter = new OverloadLog();
    private @Nullable ScheduledExecutorService ticker;

    @Override
    public synchronized void start() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getTurboFilterList().removeIf(f -> f.getName() != null && f.getName().equals(filter.getName()));
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
        ticker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("overload-log").factory());
        ticker.scheduleAtFixedRate(filter::flush, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = ticker;
        if (running != null) {
            running.shutdownNow();
            ticker = null;
        }
        filter.flushAll();
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getTurboFilterList().remove(filter);
        }
        filter.stop();
    }

    @Override
    public synchronized boolean isRunning() {
        return ticker != null;
    }
}
