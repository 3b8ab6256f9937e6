package org.samskab.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.HdrHistogram.Histogram;

/**
 * The first render of a board: a signed-in member opens it, and the time from sending {@code ui-navigate} until
 * the notes have arrived is taken, with the bytes that took. The answer carries the board's frame and the push
 * connection the notes, just after it (see BoardLiveBinding#showAfterThisResponse), so the time includes opening
 * the push socket, as in a browser. On loopback that is the server's time plus a copy. Three warm-up opens, then
 * {@code MEASURED} opens by different members, one at a time.
 */
final class FirstRender {

    static final int WARM_UP = 3;
    static final int MEASURED = 10;

    /** Times in microseconds, sizes in bytes (UTF-8) of the answer and the push messages until the notes came. */
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
                long navigateSent = System.nanoTime() - open.nanos();
                java.util.concurrent.CompletableFuture<Long> shown = new java.util.concurrent.CompletableFuture<>();
                java.util.concurrent.atomic.AtomicLong pushBytes = new java.util.concurrent.atomic.AtomicLong();
                client.connectPush(message -> {
                    if (!shown.isDone()) {
                        pushBytes.addAndGet(message.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                        if (message.text().contains("data-notes-shown") && message.text().contains("note-card")) {
                            shown.complete(message.arrivedNanos());
                        }
                    }
                });
                long arrived = shown.get(60, java.util.concurrent.TimeUnit.SECONDS);
                client.close();
                long bytes = open.bytes() + pushBytes.get();
                if (i >= WARM_UP) {
                    time.recordValue((arrived - navigateSent) / 1000);
                    minBytes = Math.min(minBytes, bytes);
                    maxBytes = Math.max(maxBytes, bytes);
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
