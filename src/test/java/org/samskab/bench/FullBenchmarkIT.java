package org.samskab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The full benchmark ({@code bench/run.sh}, which runs {@code ./mvnw -Pbench verify}): propagation to N observers
 * against the floor app in alternating runs, memory per session, the first render of a 1,000-note board, the
 * capacity knee and a real-browser cross-check. Writes {@code docs/benchmarks.md} and its plot; every figure there
 * comes from this run. Parts and sizes can be narrowed with system properties for a quicker look:
 * {@code bench.parts}, {@code bench.targets}, {@code bench.ns}, {@code bench.rounds}, {@code bench.texts}.
 */
@EnabledIfSystemProperty(named = "bench.full", matches = "true")
class FullBenchmarkIT {

    static final Path JAR = BenchmarkSmokeIT.JAR;
    static final Path FLOOR_JAR = Path.of(System.getProperty("bench.floor.jar", "bench/floor/target/floor.jar"));
    static final Path OUT = Path.of("target", "bench");
    /**
     * Atmosphere's default differs from Samskab's setting only once more UIs wait for a write than its 200 write
     * threads: below that, every UI has a thread of its own and the 100 ms wait never holds anyone up. The default
     * floor is measured from this N on.
     */
    static final int DEFAULT_FLOOR_FROM = Integer.getInteger("bench.default-floor-from", 300);
    /** Samskab's default {@code samskab.push.broadcaster-wait-ms} (org.samskab.live.PushTuning). */
    static final String SAMSKAB_PUSH_WAIT_MS = "5";
    /** {@code -Dbench.push-wait-ms}: another Atmosphere wait for Samskab and the tuned floor; blank keeps theirs. */
    static final String PUSH_WAIT_OVERRIDE = System.getProperty("bench.push-wait-ms", "").trim();

    /** The Atmosphere wait this run gives Samskab and the tuned floor. */
    static String tunedPushWait() {
        return PUSH_WAIT_OVERRIDE.isEmpty() ? SAMSKAB_PUSH_WAIT_MS : PUSH_WAIT_OVERRIDE;
    }

    @Test
    void benchmark() throws Exception {
        Set<String> parts = Set.of(System.getProperty("bench.parts", "propagation,memory,render,capacity,browser")
                .split(","));
        List<Integer> ns = Arrays.stream(System.getProperty("bench.ns", "10,50,100,300,500").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int rounds = Integer.getInteger("bench.rounds", 2);
        int texts = Integer.getInteger("bench.texts", 20);
        Set<String> chosenTargets = Set.of(System.getProperty("bench.targets", "samskab,floor,floor-atmosphere-default")
                .split(","));
        List<Integer> memorySteps = Arrays.stream(System.getProperty("bench.memory", "0,100,200,400").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        List<Integer> capacitySteps = Arrays.stream(System.getProperty("bench.capacity", "50,100,200,300,400,500")
                .split(",")).map(String::trim).map(Integer::parseInt).toList();
        int members = Math.max(ns.stream().max(Integer::compare).orElse(10) + 1,
                Math.max(memorySteps.getLast() + 20, capacitySteps.getLast() + 1));

        Results results = new Results();
        List<String> failures = new ArrayList<>();
        results.parts = parts;
        results.command = System.getProperty("bench.command", "bench/run.sh");
        Files.createDirectories(OUT);
        String database = BenchServer.createDatabase();
        int propagationBoards = ns.size() * rounds;
        var plan = new BenchSeeder.Plan("bench-password-" + database, members, propagationBoards + 2, 200, 1000,
                propagationBoards);
        // Samskab runs with its own default unless another wait is tried; the tuned floor always gets the same.
        String tunedWait = tunedPushWait();
        List<String> serverArgs = PUSH_WAIT_OVERRIDE.isEmpty() ? List.of()
                : List.of("--samskab.push.broadcaster-wait-ms=" + PUSH_WAIT_OVERRIDE);
        try {
            long seedStart = System.nanoTime();
            Seed seed = BenchSeeder.seedMariaDb(database, plan);
            results.seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            System.out.printf("Seeded %d members and %d boards in %.0f s%n", seed.members().size(),
                    seed.boards().size() + 1, results.seedSeconds);
            int board = 0;
            int warmUpBoard = 0;

            if (parts.contains("propagation")) {
                List<String> targets = Report.TARGETS.stream()
                        .filter(t -> chosenTargets.contains(Report.fileName(t))).toList();
                for (int round = 0; round < rounds; round++) {
                    for (int n : ns) {
                        // Each round starts with another target, so none always runs on the freshest machine.
                        for (int turn = 0; turn < targets.size(); turn++) {
                            String target = targets.get((turn + round) % targets.size());
                            if (target.equals(Report.FLOOR_DEFAULT) && n < DEFAULT_FLOOR_FROM) {
                                continue;
                            }
                            String name = Report.fileName(target) + "-n" + n + "-r" + round;
                            System.out.println("Propagation " + name);
                            if (target.equals(Report.SAMSKAB)) {
                                long boardId = seed.boards().get(board++);
                                long emptyBoardId = seed.emptyBoards().get(warmUpBoard++);
                                try (BenchServer server = BenchServer.samskab(JAR, database, serverArgs,
                                        OUT.resolve(name + ".log"))) {
                                    var warmUp = new Propagation.JitWarmUp(Target.samskab(server.base(),
                                            emptyBoardId, seed.members(), seed.password()),
                                            Propagation.JitWarmUp.DEFAULT_TEXTS);
                                    results.propagation.add(Propagation.run(Target.samskab(server.base(), boardId,
                                            seed.members(), seed.password()), warmUp, n, texts, server.handle(),
                                            System.out, recording(server, name)));
                                }
                            } else {
                                // The floor as Samskab configures the stack, and with Atmosphere's default wait.
                                String waitMillis = target.equals(Report.FLOOR) ? tunedWait : "100";
                                try (BenchServer server = BenchServer.floor(FLOOR_JAR,
                                        List.of("--samskab.push.broadcaster-wait-ms=" + waitMillis),
                                        OUT.resolve(name + ".log"))) {
                                    // The floor has one view: it warms up there, before the observers come.
                                    Target floor = Target.floor(server.base(), target);
                                    results.propagation.add(Propagation.run(floor, new Propagation.JitWarmUp(floor,
                                            Propagation.JitWarmUp.DEFAULT_TEXTS), n, texts, server.handle(),
                                            System.out));
                                }
                            }
                        }
                    }
                }
            }

            if (parts.contains("memory")) {
                long memoryBoard = seed.boards().get(propagationBoards);
                try (BenchServer server = BenchServer.samskab(JAR, database, serverArgs,
                        OUT.resolve("memory-samskab.log"))) {
                    results.memorySamskab = Memory.measure(server, Target.samskab(server.base(), memoryBoard,
                            seed.members(), seed.password()), memorySteps, System.out);
                }
                try (BenchServer server = BenchServer.floor(FLOOR_JAR, List.of(), OUT.resolve("memory-floor.log"))) {
                    results.memoryFloor = Memory.measure(server, Target.floor(server.base(), Report.FLOOR),
                            memorySteps, System.out);
                }
            }

            if (parts.contains("render")) {
                try (BenchServer server = BenchServer.samskab(JAR, database, serverArgs,
                        OUT.resolve("render.log"))) {
                    results.render1000 = FirstRender.measure(Target.samskab(server.base(), seed.bigBoard(),
                            seed.members(), seed.password()), 1000, System.out);
                    results.render200 = FirstRender.measure(Target.samskab(server.base(),
                            seed.boards().get(propagationBoards + 1), seed.members(), seed.password()), 200,
                            System.out);
                }
            }

            if (parts.contains("capacity")) {
                long capacityBoard = seed.boards().get(propagationBoards + 1);
                try (BenchServer server = BenchServer.samskab(JAR, database, serverArgs,
                        OUT.resolve("capacity.log"))) {
                    Propagation.Around profile = recording(server, "samskab-capacity");
                    profile.measuring();
                    try {
                        results.capacity = Capacity.run(Target.samskab(server.base(), capacityBoard,
                                seed.members(), seed.password()), BenchSeeder.COORDINATOR, capacitySteps,
                                server.handle(), System.out);
                    } finally {
                        profile.measured();
                    }
                } catch (Exception e) {
                    // The parts before it took half an hour: write them, then fail.
                    failures.add("capacity: " + e);
                    e.printStackTrace();
                }
            }

            if (parts.contains("browser")) {
                long browserBoard = seed.boards().get(propagationBoards);
                try (BenchServer server = BenchServer.samskab(JAR, database, serverArgs,
                        OUT.resolve("browser.log"))) {
                    results.browser = BrowserCheck.run(Target.samskab(server.base(), browserBoard, seed.members(),
                            seed.password()), 10, 10, System.out);
                } catch (Exception e) {
                    failures.add("browser: " + e);
                    e.printStackTrace();
                }
            }
        } finally {
            BenchServer.dropDatabase(database);
        }
        Path docs = Path.of(System.getProperty("bench.docs", OUT.toString()));
        Report.write(results, docs);
        System.out.println("Wrote " + docs.resolve("benchmarks.md"));
        assertThat(failures).as("parts that failed (the report has the others)").isEmpty();
        for (Propagation.Result r : results.propagation) {
            assertThat(r.reach()).as(r.target() + " N=" + r.observers() + " reach").isEqualTo(1.0);
            assertThat(r.outOfOrder()).as(r.target() + " N=" + r.observers() + " out of order").isZero();
        }
    }

    /** With {@code -Dbench.jfr=true}, a JFR profile of the server while propagation or capacity is measured. */
    private static Propagation.Around recording(BenchServer server, String name) {
        if (!Boolean.getBoolean("bench.jfr")) {
            return Propagation.Around.NOTHING;
        }
        Path file = OUT.resolve(name + ".jfr");
        return new Propagation.Around() {
            @Override
            public void measuring() throws Exception {
                server.startRecording(file);
            }

            @Override
            public void measured() throws Exception {
                server.stopRecording();
                System.out.println("  JFR profile: " + file.toAbsolutePath());
            }
        };
    }

    /** Everything a run measured, for the report. */
    static final class Results {
        Set<String> parts;
        String command;
        double seedSeconds;
        final List<Propagation.Result> propagation = new ArrayList<>();
        Memory.Result memorySamskab;
        Memory.Result memoryFloor;
        FirstRender.Result render1000;
        FirstRender.Result render200;
        Capacity.Result capacity;
        BrowserCheck.Result browser;

        /** Latency histograms of one target and N, added up over the rounds. */
        Histogram merged(String target, int n) {
            Histogram sum = new Histogram(120_000_000L, 3);
            propagation.stream().filter(r -> r.target().equals(target) && r.observers() == n)
                    .forEach(r -> sum.add(r.latency()));
            return sum;
        }

        List<Integer> ns() {
            return propagation.stream().map(Propagation.Result::observers).distinct().sorted().toList();
        }

        List<Propagation.Result> runs(String target, int n) {
            return propagation.stream().filter(r -> r.target().equals(target) && r.observers() == n)
                    .collect(Collectors.toList());
        }
    }
}
