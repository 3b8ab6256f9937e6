package org.samskab.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Memory per participant: live objects after a forced full GC ({@link BenchServer#liveHeapAfterFullGc}) with 0,
 * 100, 200 and 400 sessions that each signed in, opened the page and keep push open. Each step is read twice:
 * right after its sessions opened the page (nothing pushed to them since, so whatever the opening leaves behind
 * until a screen's next push is counted), and later, when the page has been live a while (a writer has added
 * {@link #LIVE_NOTES} notes, so every screen got a few pushes since).
 */
final class Memory {

    static final int LIVE_NOTES = 3;

    /** One step: the live heap right after opening and after the page had been live a while. */
    record Step(int sessions, long openedBytes, long laterBytes, int failures) {
    }

    record Result(String target, List<Step> steps) {

        double kbPerSession(int from, int to, boolean later) {
            Step a = steps.get(from);
            Step b = steps.get(to);
            long bytes = later ? b.laterBytes() - a.laterBytes() : b.openedBytes() - a.openedBytes();
            return bytes / 1024.0 / (b.sessions() - a.sessions());
        }

        /** Right after opening, between the first step with sessions and the last: one more session's cost. */
        double kbPerSessionOpened() {
            return kbPerSession(1, steps.size() - 1, false);
        }

        /** The same once the page has been live a while. */
        double kbPerSessionLater() {
            return kbPerSession(1, steps.size() - 1, true);
        }
    }

    private Memory() {
    }

    /**
     * Measures {@code target} with {@code sessionCounts} sessions; user {@code writerUser} writes the notes that
     * make the page live (a member who is not one of the sessions).
     */
    static Result measure(BenchServer server, Target target, List<Integer> sessionCounts, int writerUser,
            PrintStream log) throws Exception {
        List<Step> steps = new ArrayList<>();
        ExecutorService callbacks = Executors.newFixedThreadPool(1);
        try (Sessions sessions = new Sessions(target, 0); HttpClient http = VaadinClient.newHttpClient(callbacks)) {
            VaadinClient writerClient = new VaadinClient(http, target.base());
            target.openAs(writerClient, writerUser);
            writerClient.connectPush(message -> {});
            Writer writer = new Writer(writerClient, target);
            NoteTexts texts = new NoteTexts(7);
            int failures = 0;
            for (int count : sessionCounts) {
                failures += sessions.add(count - sessions.open.size());
                // Joining is shown to the others (presence): let that drain, but write nothing yet.
                Thread.sleep(3000);
                long opened = server.liveHeapAfterFullGc();
                if (count == sessionCounts.getLast()) {
                    histogram(server, target, "opened");
                }
                for (int i = 0; i < LIVE_NOTES; i++) {
                    writer.write(texts.next());
                    Thread.sleep(1000);
                }
                Thread.sleep(3000);
                long later = server.liveHeapAfterFullGc();
                steps.add(new Step(sessions.open.size(), opened, later, failures));
                log.printf("  %s memory: %d sessions, live heap %.1f MB right after opening, %.1f MB later "
                        + "(%d failed)%n", target.name(), sessions.open.size(), opened / 1048576.0,
                        later / 1048576.0, failures);
            }
            histogram(server, target, "later");
            writerClient.close();
        } finally {
            callbacks.shutdownNow();
        }
        Result result = new Result(target.name(), steps);
        log.printf("  %s: %.0f kB per session right after opening, %.0f kB later%n", target.name(),
                result.kbPerSessionOpened(), result.kbPerSessionLater());
        return result;
    }

    /** Where the memory goes, for whoever works on it next: a class histogram, and a heap dump on request. */
    private static void histogram(BenchServer server, Target target, String when) throws Exception {
        String name = "memory-" + Report.fileName(target.name()) + "-" + when;
        java.nio.file.Files.writeString(FullBenchmarkIT.OUT.resolve(name + "-histogram.txt"),
                server.classHistogram(60) + "\n");
        if (Boolean.getBoolean("bench.heapdump")) {
            java.nio.file.Path dump = FullBenchmarkIT.OUT.resolve(name + ".hprof").toAbsolutePath();
            java.nio.file.Files.deleteIfExists(dump);
            server.jcmd("GC.heap_dump " + dump);
            System.out.println("  heap dump: " + dump);
        }
    }
}
