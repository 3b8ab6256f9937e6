package org.samskab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The full benchmark ({@code bench/run.sh}, which runs {@code ./mvnw -Pbench verify}): propagation to N observers
 * against the floor app in alternating runs, memory per session, the first render of a 1,000-note board (over the
 * protocol, part {@code render}, and in Chromium, part {@code browser-render}), the capacity knee, a direct step
 * to 300 participants on a fresh server, the join storm and the breakout room of issue 15 (parts {@code join},
 * {@code breakout}) and a real-browser cross-check, each for Samskab on MariaDB and on its
 * embedded default (an H2 file). Writes {@code docs/benchmarks.md} and its plot; every figure there comes from
 * this run. Parts and sizes can be narrowed with system properties for a quicker look:
 * {@code bench.parts}, {@code bench.targets}, {@code bench.ns}, {@code bench.rounds}, {@code bench.texts},
 * {@code bench.memory}, {@code bench.capacity}, {@code bench.step}, {@code bench.join}, {@code bench.join-seconds},
 * {@code bench.breakout-groups}, {@code bench.breakout-size}, {@code bench.breakout-seconds}.
 */
@EnabledIfSystemProperty(named = "bench.full", matches = "true")
class FullBenchmarkIT {

    static final Path JAR = BenchmarkSmokeIT.JAR;
    static final Path FLOOR_JAR = Path.of(System.getProperty("bench.floor.jar", "bench/floor/target/floor.jar"));
    static final Path OUT = Path.of("target", "bench");
    /** Between the two join storms on one server (ADR 0190). */
    static final Duration JOIN_STORMS_APART = Duration.ofSeconds(15);
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

    /**
     * Samskab on one database: MariaDB (a fresh database on the harness's server) or the embedded default (an H2
     * file in a directory of its own, as the jar opens it when no database is set).
     */
    record Database(String target, Seed seed, String mariaDbName, Path h2Dir) {

        BenchServer start(List<String> serverArgs, Path log) throws Exception {
            return mariaDbName != null ? BenchServer.samskab(JAR, mariaDbName, serverArgs, log)
                    : BenchServer.embedded(JAR, h2Dir, serverArgs, log);
        }

        Target board(BenchServer server, long boardId) {
            return Target.samskab(target, server.base(), boardId, seed.members(), seed.password());
        }
    }

    @Test
    void benchmark() throws Exception {
        Set<String> parts = Set
                .of(System.getProperty("bench.parts",
                        "propagation,facilitation,memory,render,browser-render,capacity,step,join,breakout,search,"
                                + "two-servers,browser")
                        .split(","));
        List<Integer> ns = Arrays.stream(System.getProperty("bench.ns", "10,50,100,300,500").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int rounds = Integer.getInteger("bench.rounds", 2);
        int texts = Integer.getInteger("bench.texts", 20);
        Set<String> chosenTargets = Set.of(System.getProperty("bench.targets",
                "samskab-mariadb,samskab-h2,floor,floor-atmosphere-default").split(","));
        List<Integer> memorySteps = Arrays.stream(System.getProperty("bench.memory", "0,100,200,400").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        List<Integer> capacitySteps = Arrays.stream(System.getProperty("bench.capacity", "50,100,200,300,400,500")
                .split(",")).map(String::trim).map(Integer::parseInt).toList();
        int directStep = Integer.getInteger("bench.step", 300);
        int facilitationN = Integer.getInteger("bench.facilitation-n", 500);
        // Issue 15: the join storm (half of them members, half guests) and the breakout room.
        int joiners = Integer.getInteger("bench.join", 500);
        Duration joinWindow = Duration.ofSeconds(Long.getLong("bench.join-seconds", 60));
        int groups = parts.contains("breakout") ? Integer.getInteger("bench.breakout-groups", 20) : 0;
        int groupSize = Integer.getInteger("bench.breakout-size", 25);
        Duration breakoutMeasured = Duration.ofSeconds(Long.getLong("bench.breakout-seconds", 60));
        // Issue 16: the network's memory, 100,000 notes in 200 past gatherings, and a 1,000-note harvest to export.
        BenchSeeder.Memory memoryPlan = parts.contains("search") ? new BenchSeeder.Memory(
                Integer.getInteger("bench.search-gatherings", 200), Integer.getInteger("bench.search-notes", 500),
                Integer.getInteger("bench.export-notes", 1000)) : BenchSeeder.Memory.NONE;
        int members = Math.max(Math.max(ns.stream().max(Integer::compare).orElse(10) + 1, directStep + 1),
                Math.max(Math.max(memorySteps.getLast() + 20, capacitySteps.getLast() + 1),
                        Math.max(parts.contains("facilitation") || parts.contains("two-servers") ? facilitationN + 1
                                : 0, groups * groupSize)));
        if (parts.contains("two-servers")) {
            members = Math.max(members, TwoServers.steps(capacitySteps).getLast() + 1);
        }
        if (parts.contains("capacity") || parts.contains("two-servers")) {
            members = Math.max(members, Capacity.WARM_UP_PARTICIPANTS + 1); // the ramps' warm-up signs them in
        }

        Results results = new Results();
        List<String> failures = new ArrayList<>();
        results.parts = parts;
        results.command = System.getProperty("bench.command", "bench/run.sh");
        Files.createDirectories(OUT);
        int propagationBoards = ns.size() * rounds;
        // Boards: one per propagation run, then memory (and the browser check), then capacity, then the step.
        int memoryBoard = propagationBoards;
        int capacityBoard = propagationBoards + 1;
        int stepBoard = propagationBoards + 2;
        // Facilitation: a note and a facilitator's action, side by side, each on a board of its own.
        int facilitationNoteBoard = propagationBoards + 3;
        int facilitationActionBoard = propagationBoards + 4;
        int facilitationPhaseBoard = propagationBoards + 5;
        int facilitationTimerBoard = propagationBoards + 6;
        // Two servers: propagation across them, and their capacity ramp.
        int twoServersBoard = propagationBoards + 7;
        int twoServersCapacityBoard = propagationBoards + 8;
        // Capacity ramps warm up on boards of their own: one server's, then the two servers'.
        int capacityWarmUpBoard = propagationBoards + 9;
        int twoServersWarmUpBoard = propagationBoards + 10;
        // Samskab runs with its own default unless another wait is tried; the tuned floor always gets the same.
        String tunedWait = tunedPushWait();
        List<String> serverArgs = PUSH_WAIT_OVERRIDE.isEmpty() ? List.of()
                : List.of("--samskab.push.broadcaster-wait-ms=" + PUSH_WAIT_OVERRIDE);
        List<Database> databases = new ArrayList<>();
        try {
            for (String target : Report.SAMSKABS) {
                if (!chosenTargets.contains(Report.fileName(target))) {
                    continue;
                }
                String password = "bench-password-" + UUID.randomUUID().toString().substring(0, 8);
                var plan = new BenchSeeder.Plan(password, members, propagationBoards + 11, 200, 1000,
                        propagationBoards, groups, groupSize, memoryPlan);
                long seedStart = System.nanoTime();
                Database database;
                if (target.equals(Report.SAMSKAB)) {
                    String name = BenchServer.createDatabase();
                    databases.add(new Database(target, null, name, null));
                    database = new Database(target, BenchSeeder.seedMariaDb(name, plan), name, null);
                } else {
                    Path dir = OUT.resolve("h2").toAbsolutePath();
                    deleteTree(dir);
                    Files.createDirectories(dir);
                    database = new Database(target, BenchSeeder.seedEmbedded(dir, plan), null, dir);
                }
                databases.removeIf(d -> d.target().equals(target));
                databases.add(database);
                results.seedSeconds.put(target, (System.nanoTime() - seedStart) / 1e9);
                System.out.printf("Seeded %s: %d members and %d boards in %.0f s%n", target,
                        database.seed().members().size(), database.seed().boards().size() + 1,
                        results.seedSeconds.get(target));
            }

            if (parts.contains("propagation") && started("propagation", "every target")) {
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
                            Database database = databases.stream().filter(d -> d.target().equals(target))
                                    .findFirst().orElse(null);
                            if (database != null) {
                                int run = round * ns.size() + ns.indexOf(n);
                                long boardId = database.seed().boards().get(run);
                                long emptyBoardId = database.seed().emptyBoards().get(run);
                                try (BenchServer server = database.start(serverArgs, OUT.resolve(name + ".log"))) {
                                    var warmUp = new Propagation.JitWarmUp(database.board(server, emptyBoardId),
                                            Propagation.JitWarmUp.DEFAULT_TEXTS);
                                    results.propagation.add(Propagation.run(database.board(server, boardId),
                                            warmUp, n, texts, server.handle(), System.out, recording(server, name)));
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

            for (Database database : databases) {
                String prefix = Report.fileName(database.target()) + "-";
                if (parts.contains("facilitation") && started("facilitation", database.target())) {
                    // Issue 14: a facilitator's action reaches every screen as fast as a note does (side by side).
                    try (BenchServer server = database.start(serverArgs, OUT.resolve(prefix + "facilitation.log"))) {
                        var warmUp = new Propagation.JitWarmUp(database.board(server,
                                database.seed().emptyBoards().getFirst()), Propagation.JitWarmUp.DEFAULT_TEXTS);
                        results.facilitation.put(database.target() + Report.NOTE_SUFFIX, Propagation.run(
                                database.board(server, database.seed().boards().get(facilitationNoteBoard)), warmUp,
                                facilitationN, texts, server.handle(), System.out));
                        results.facilitation.put(database.target() + Report.SPOTLIGHT_SUFFIX, Propagation.run(
                                database.board(server, database.seed().boards().get(facilitationActionBoard)),
                                new Propagation.JitWarmUp(warmUp.target(), 0), facilitationN, texts, server.handle(),
                                System.out, Propagation.Around.NOTHING,
                                FacilitatorAction.spotlight(BenchSeeder.COORDINATOR)));
                        results.facilitation.put(database.target() + Report.PHASE_SUFFIX, Propagation.run(
                                database.board(server, database.seed().boards().get(facilitationPhaseBoard)),
                                new Propagation.JitWarmUp(warmUp.target(), 0), facilitationN, texts, server.handle(),
                                System.out, recording(server, prefix + "facilitation"),
                                new PhaseAction(BenchSeeder.COORDINATOR)));
                        results.facilitation.put(database.target() + Report.TIMER_SUFFIX, Propagation.run(
                                database.board(server, database.seed().boards().get(facilitationTimerBoard)),
                                new Propagation.JitWarmUp(warmUp.target(), 0), facilitationN, texts, server.handle(),
                                System.out, recording(server, prefix + "facilitation-timer"),
                                new TimerAction(BenchSeeder.COORDINATOR)));
                        results.facilitation.put(database.target() + Report.BRING_SUFFIX, Propagation.run(
                                database.board(server, database.seed().liveBoard()),
                                new Propagation.JitWarmUp(warmUp.target(), 0), facilitationN, texts, server.handle(),
                                System.out, Propagation.Around.NOTHING,
                                FacilitatorAction.bringEveryone(BenchSeeder.COORDINATOR)));
                    } catch (Exception e) {
                        failures.add(database.target() + " facilitation: " + e);
                        e.printStackTrace();
                    }
                }
                if (parts.contains("memory") && started("memory", database.target())) {
                    try (BenchServer server = database.start(serverArgs, OUT.resolve(prefix + "memory.log"))) {
                        results.memory.put(database.target(), Memory.measure(server, database.board(server,
                                database.seed().boards().get(memoryBoard)), memorySteps, members - 1,
                                System.out));
                    }
                }
                if (parts.contains("render") && started("render", database.target())) {
                    try (BenchServer server = database.start(serverArgs, OUT.resolve(prefix + "render.log"))) {
                        List<FirstRender.Result> renders = new ArrayList<>();
                        renders.add(FirstRender.measure(database.board(server, database.seed().boards()
                                .get(capacityBoard)), 200, System.out));
                        renders.add(FirstRender.measure(database.board(server, database.seed().bigBoard()), 1000,
                                System.out));
                        results.render.put(database.target(), renders);
                    }
                }
                if (parts.contains("join") && started("join", database.target())) {
                    // Issue 15: everyone scans the room's QR code within a minute. Twice on one server (ADR 0190):
                    // the first storm meets a fresh server (reported), the second one that has served before, as
                    // a portal has when a gathering starts (the target).
                    try (BenchServer server = database.start(serverArgs, OUT.resolve(prefix + "join.log"))) {
                        Seed.Joining first = database.seed().firstJoining();
                        results.joinFresh.put(database.target(), JoinStorm.run(database.board(server,
                                first.boardId()), first.code(), joiners, 0, joinWindow, server.handle(), System.out));
                        // The first room's phones have gone; a pause as between two gatherings' openings.
                        Thread.sleep(JOIN_STORMS_APART.toMillis());
                        Propagation.Around profile = recording(server, prefix + "join");
                        profile.measuring();
                        try {
                            results.join.put(database.target(), JoinStorm.run(database.board(server,
                                    database.seed().joining().boardId()), database.seed().joining().code(), joiners,
                                    0, joinWindow, server.handle(), System.out));
                        } finally {
                            profile.measured();
                        }
                    } catch (Exception e) {
                        failures.add(database.target() + " join storm: " + e);
                        e.printStackTrace();
                    }
                }
                if (parts.contains("breakout") && started("breakout", database.target())) {
                    try (BenchServer server = database.start(serverArgs, OUT.resolve(prefix + "breakout.log"))) {
                        results.breakout.put(database.target(), BreakoutRoom.run(database.board(server,
                                database.seed().groupBoards().getFirst()), database.seed().groupBoards(), groupSize,
                                breakoutMeasured, server.handle(), System.out));
                    } catch (Exception e) {
                        failures.add(database.target() + " breakout room: " + e);
                        e.printStackTrace();
                    }
                }
                if (parts.contains("search") && started("search", database.target())) {
                    // Issue 16: search, the index keeping up with a board, and the harvest's exports.
                    try (BenchServer server = database.start(serverArgs, OUT.resolve(prefix + "search.log"))) {
                        Propagation.Around profile = recording(server, prefix + "search");
                        profile.measuring();
                        try {
                            MemorySearch.Result result = MemorySearch.run(database.board(server,
                                    database.seed().emptyBoards().getLast()), database.seed().networkId(),
                                    java.util.Objects.requireNonNull(database.seed().memory()), System.out);
                            System.out.println("  " + result.summary());
                            results.search.put(database.target(), result);
                        } finally {
                            profile.measured();
                        }
                    } catch (Exception e) {
                        failures.add(database.target() + " search: " + e);
                        e.printStackTrace();
                    }
                }
                if (parts.contains("browser-render") && started("browser-render", database.target())) {
                    // Issue 13's figure: the same 1,000-note board, opened in Chromium (a fresh server of its own).
                    try (BenchServer server = database.start(serverArgs, OUT.resolve(prefix + "browser-render.log"))) {
                        results.browserRender.put(database.target(), BrowserFirstRender.measure(database.board(server,
                                database.seed().bigBoard()), 1000, members - 1, BrowserFirstRender.WARM_UP,
                                BrowserFirstRender.MEASURED, System.out));
                    } catch (Exception e) {
                        failures.add(database.target() + " browser first render: " + e);
                        e.printStackTrace();
                    }
                }
                if (parts.contains("capacity") && started("capacity", database.target())) {
                    Path capacityLog = OUT.resolve(prefix + "capacity.log");
                    try (BenchServer server = database.start(serverArgs, capacityLog)) {
                        server.pinTo(0);
                        Capacity.warmUp(database.board(server, database.seed().boards().get(capacityWarmUpBoard)),
                                BenchSeeder.COORDINATOR, List.of(server.handle()), System.out,
                                user -> database.board(server, database.seed().boards().get(capacityWarmUpBoard)));
                        Propagation.Around profile = recording(server, prefix + "capacity");
                        profile.measuring();
                        try {
                            results.capacity.put(database.target(), Capacity.run(database.board(server,
                                    database.seed().boards().get(capacityBoard)), BenchSeeder.COORDINATOR,
                                    capacitySteps, server.handle(), System.out));
                        } finally {
                            profile.measured();
                        }
                    } catch (Exception e) {
                        // The parts before it took half an hour: write them, then fail.
                        failures.add(database.target() + " capacity: " + e);
                        e.printStackTrace();
                    }
                    // Read once the server has stopped, so its last counts are in.
                    results.overloadLog.put(Report.database(database.target()) + ", ramp",
                            ServerLog.read(capacityLog));
                }
                if (parts.contains("step") && started("step", database.target())) {
                    // A fresh server, and everyone arrives at once: the start of a gathering.
                    Path stepLog = OUT.resolve(prefix + "step.log");
                    try (BenchServer server = database.start(serverArgs, stepLog)) {
                        Propagation.Around profile = recording(server, prefix + "step");
                        profile.measuring();
                        try {
                            results.step.put(database.target(), Capacity.directStep(database.board(server,
                                    database.seed().boards().get(stepBoard)), BenchSeeder.COORDINATOR, directStep,
                                    server.handle(), System.out));
                        } finally {
                            profile.measured();
                        }
                    } catch (Exception e) {
                        failures.add(database.target() + " direct step: " + e);
                        e.printStackTrace();
                    }
                    results.overloadLog.put(Report.database(database.target()) + ", direct step",
                            ServerLog.read(stepLog));
                }
            }

            Database shared = databases.stream().filter(d -> d.target().equals(Report.SAMSKAB)).findFirst()
                    .orElse(null);
            if (parts.contains("two-servers") && shared != null && started("two-servers", Report.SAMSKAB)) {
                // Issue 17: two servers on one MariaDB (ADR 0207), screens and participants split between them.
                try {
                    TwoServers.run(shared, serverArgs, facilitationN, texts, capacitySteps,
                            shared.seed().boards().get(twoServersBoard),
                            shared.seed().boards().get(twoServersCapacityBoard),
                            shared.seed().boards().get(twoServersWarmUpBoard),
                            shared.seed().emptyBoards().getLast(), results);
                } catch (Exception e) {
                    failures.add("two servers: " + e);
                    e.printStackTrace();
                }
            }

            if (parts.contains("capacity") && chosenTargets.contains(Report.fileName(Report.FLOOR))
                    && started("capacity", Report.FLOOR)) {
                // The same ramp on the stack alone: what this machine allows any Vaadin app with this fan-out.
                Path floorLog = OUT.resolve("capacity-floor.log");
                try (BenchServer server = BenchServer.floor(FLOOR_JAR, List.of(), floorLog)) {
                    // No warm-up here: the floor has one view, and the warm-up's screens would stay on it until
                    // their heartbeats time out, each one more screen the ramp's texts go to.
                    results.capacity.put(Report.FLOOR, Capacity.run(Target.floor(server.base(), Report.FLOOR), "",
                            capacitySteps, server.handle(), System.out));
                } catch (Exception e) {
                    failures.add("floor capacity: " + e);
                    e.printStackTrace();
                }
            }

            if (parts.contains("memory") && chosenTargets.contains(Report.fileName(Report.FLOOR))
                    && started("memory", Report.FLOOR)) {
                try (BenchServer server = BenchServer.floor(FLOOR_JAR, List.of(), OUT.resolve("memory-floor.log"))) {
                    // The floor has no accounts: its writer is one more anonymous screen.
                    results.memoryFloor = Memory.measure(server, Target.floor(server.base(), Report.FLOOR),
                            memorySteps, 0, System.out);
                }
            }

            Database first = databases.isEmpty() ? null : databases.getFirst();
            if (parts.contains("browser") && first != null && started("browser", "the first target")) {
                try (BenchServer server = first.start(serverArgs, OUT.resolve("browser.log"))) {
                    results.browser = BrowserCheck.run(first.board(server, first.seed().boards().get(memoryBoard)),
                            10, 10, System.out);
                } catch (Exception e) {
                    failures.add("browser: " + e);
                    e.printStackTrace();
                }
            }
        } finally {
            databases.stream().filter(d -> d.mariaDbName() != null)
                    .forEach(d -> BenchServer.dropDatabase(d.mariaDbName()));
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

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Logs when a part starts, so that a run's log shows what each part costs in time (the full run is long, and
     * which part makes it long decides where to save). Always true.
     */
    private static boolean started(String part, String target) {
        System.out.printf("[%s] %s on %s%n", java.time.LocalTime.now().withNano(0), part, target);
        return true;
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

    /** Everything a run measured, for the report; per Samskab target (database) where there is one of each. */
    static final class Results {
        Set<String> parts;
        String command;
        final Map<String, Double> seedSeconds = new LinkedHashMap<>();
        final List<Propagation.Result> propagation = new ArrayList<>();
        /** By target and what was sent: a note, or the facilitator's spotlight. */
        final Map<String, Propagation.Result> facilitation = new LinkedHashMap<>();
        final Map<String, Memory.Result> memory = new LinkedHashMap<>();
        /** Issue 16's search and export, by target. */
        final Map<String, MemorySearch.Result> search = new LinkedHashMap<>();
        Memory.Result memoryFloor;
        final Map<String, List<FirstRender.Result>> render = new LinkedHashMap<>();
        final Map<String, BrowserFirstRender.Result> browserRender = new LinkedHashMap<>();
        final Map<String, Capacity.Result> capacity = new LinkedHashMap<>();
        final Map<String, ServerLog> overloadLog = new LinkedHashMap<>();
        final Map<String, Capacity.Result> step = new LinkedHashMap<>();
        final Map<String, JoinStorm.Result> join = new LinkedHashMap<>();
        /** The first join storm, on a fresh server (reported beside the target). */
        final Map<String, JoinStorm.Result> joinFresh = new LinkedHashMap<>();
        final Map<String, BreakoutRoom.Result> breakout = new LinkedHashMap<>();
        BrowserCheck.Result browser;
        /** Issue 17: a note's propagation to screens split over two servers, and the two servers' ramp. */
        Propagation.Result twoServersPropagation;
        /** The server the two-server propagation's writer was on (server one). */
        java.net.URI twoServersWriter;
        Capacity.Result twoServersCapacity;

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
