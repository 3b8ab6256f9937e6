package org.samskab.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Memory per participant: live objects after a forced full GC ({@link BenchServer#liveHeapAfterFullGc}) with 0,
 * 100, 200 and 400 sessions that each signed in, opened the page and keep push open.
 */
final class Memory {

    record Step(int sessions, long liveHeapBytes, int failures) {
    }

    record Result(String target, List<Step> steps) {

        /** Marginal heap per session between two steps, in kB. */
        double kbPerSession(int from, int to) {
            Step a = steps.get(from);
            Step b = steps.get(to);
            return (b.liveHeapBytes() - a.liveHeapBytes()) / 1024.0 / (b.sessions() - a.sessions());
        }

        /** Between the first step with sessions and the last: the cost of one more session. */
        double kbPerSession() {
            return kbPerSession(1, steps.size() - 1);
        }
    }

    private Memory() {
    }

    static Result measure(BenchServer server, Target target, List<Integer> sessionCounts, PrintStream log)
            throws Exception {
        List<Step> steps = new ArrayList<>();
        try (Sessions sessions = new Sessions(target, 0)) {
            int failures = 0;
            for (int count : sessionCounts) {
                failures += sessions.add(count - sessions.open.size());
                Thread.sleep(3000); // let presence updates and pushes drain
                long heap = server.liveHeapAfterFullGc();
                steps.add(new Step(sessions.open.size(), heap, failures));
                log.printf("  %s memory: %d sessions, live heap %.1f MB (%d failed)%n", target.name(),
                        sessions.open.size(), heap / 1048576.0, failures);
            }
            // Where the memory goes, for whoever works on it next.
            java.nio.file.Files.writeString(FullBenchmarkIT.OUT.resolve("memory-histogram-"
                    + Report.fileName(target.name()) + ".txt"), server.classHistogram(60) + "\n");
            if (Boolean.getBoolean("bench.heapdump")) {
                java.nio.file.Path dump = FullBenchmarkIT.OUT.resolve("memory-" + Report.fileName(target.name())
                        + ".hprof").toAbsolutePath();
                java.nio.file.Files.deleteIfExists(dump);
                server.jcmd("GC.heap_dump " + dump);
                log.println("  heap dump: " + dump);
            }
        }
        Result result = new Result(target.name(), steps);
        log.printf("  %s: %.0f kB per session%n", target.name(), result.kbPerSession());
        return result;
    }
}
