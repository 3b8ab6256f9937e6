package org.samskab.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.HdrHistogram.Histogram;

/**
 * The first render of a board: a signed-in member opens it, and the {@code ui-navigate} answer (the whole board
 * as UIDL) is timed and weighed. On loopback the round trip is the server's time plus a copy. Three warm-up
 * opens, then {@code MEASURED} opens by different members, one at a time.
 */
final class FirstRender {

    static final int WARM_UP = 3;
    static final int MEASURED = 10;

    /** Times in microseconds, sizes in bytes (UTF-16 characters of the JSON answer). */
    record Result(int notes, Histogram time, long minBytes, long maxBytes) {

        double ms(double percentile) {
            return time.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private FirstRender() {
    }

    static Result measure(Target target, int notes, PrintStream log) throws Exception {
        ExecutorService callbacks = Executors.newFixedThreadPool(2);
        Histogram time = new Histogram(120_000_000L, 3);
        long minBytes = Long.MAX_VALUE;
        long maxBytes = 0;
        try (HttpClient http = VaadinClient.newHttpClient(callbacks)) {
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                VaadinClient client = new VaadinClient(http, target.base());
                VaadinClient.RpcResult open = target.openAs(client, 300 + i);
                if (!open.body().contains("note-card")) {
                    throw new IllegalStateException("The board did not render: " + open.body().substring(0, 300));
                }
                if (i >= WARM_UP) {
                    time.recordValue(open.nanos() / 1000);
                    minBytes = Math.min(minBytes, open.bytes());
                    maxBytes = Math.max(maxBytes, open.bytes());
                }
            }
        } finally {
            callbacks.shutdownNow();
        }
        Result result = new Result(notes, time, minBytes, maxBytes);
        log.printf("  first render of %d notes: p50 %.0f ms, max %.0f ms, %d bytes%n", notes, result.ms(50),
                time.getMaxValue() / 1000.0, maxBytes);
        return result;
    }
}
